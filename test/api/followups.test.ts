// The queue as the task pane uses it: save, read, filter, change, and see who changed what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpListSchema, followUpSchema, historyListSchema, type FollowUp, type NewFollowUp } from '../../shared/followup';
import { newFollowUp, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let app: TestServer;
let ann: string;
let carol: string;

beforeAll(async () => {
  app = await startTestServer();
  ann = await app.token('Ann@SmithLaw.example');
  carol = await app.token('carol@smithlaw.example');
});
afterAll(async () => {
  await app.close();
  await removeDataDir(app.dataDir);
});

async function save(body: NewFollowUp, token = ann): Promise<{ status: number; followUp: FollowUp }> {
  const reply = await app.call('/api/followups', { token, json: body });
  return { status: reply.status, followUp: followUpSchema.parse(reply.body) };
}

async function list(query: string, token = ann): Promise<FollowUp[]> {
  const reply = await app.call(`/api/followups${query}`, { token });
  expect(reply.status).toBe(200);
  return followUpListSchema.parse(reply.body).items;
}

describe('GET /healthz and /api/me', () => {
  it('says the server is up, without a token, with safe headers', async () => {
    const reply = await app.call('/healthz');
    expect(reply).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('tells the pane it runs in demo mode before any token exists', async () => {
    expect(await app.call('/api/config')).toMatchObject({ status: 200, body: { mode: 'demo' } });
  });

  it('tells the pane who is signed in, lowercased, in demo mode', async () => {
    const reply = await app.call('/api/me', { token: ann });
    expect(reply).toMatchObject({ status: 200, body: { firmId: 'demo-firm', user: 'ann@smithlaw.example', roles: ['Partner'], demo: true } });
  });

  it('refuses a demo token for something that is not an address', async () => {
    const reply = await app.call('/api/demo/token?user=ann');
    expect(reply).toMatchObject({ status: 400, body: { error: 'invalid_request', field: 'user' } });
  });
});

describe('saving and reading a follow-up', () => {
  it('creates it with the caller as creator and assigner, and reads it back', async () => {
    const { status, followUp } = await save(newFollowUp({
      title: 'Please review the lease amendment.', owner: 'Bob@SmithLaw.example', due: '2026-03-02T17:00:00-05:00',
      source: { messageId: 'm-create', conversationId: 'c-create', subject: 'Lease', from: { name: 'Client', address: 'client@acme.example' } },
    }));
    expect(status).toBe(201);
    expect(followUp).toMatchObject({
      kind: 'ask', title: 'Please review the lease amendment.', owner: 'bob@smithlaw.example',
      assignedBy: 'ann@smithlaw.example', createdBy: 'ann@smithlaw.example', status: 'open', snoozedUntil: null,
      due: '2026-03-02T17:00:00-05:00',
      source: { messageId: 'm-create', conversationId: 'c-create', subject: 'Lease', from: { name: 'Client', address: 'client@acme.example' } },
    });
    const reply = await app.call(`/api/followups/${followUp.id}`, { token: carol });
    expect(reply.status).toBe(200);
    expect(followUpSchema.parse(reply.body)).toEqual(followUp);
  });

  it('leaves assignedBy empty when nobody owns it yet', async () => {
    const { followUp } = await save(newFollowUp({ title: 'Who can cover the hearing?', source: { messageId: 'm-unowned' } }));
    expect(followUp).toMatchObject({ owner: null, assignedBy: null });
  });
});

describe('saving the same sentence twice', () => {
  it('keeps one follow-up and answers 200 with it, even with other spacing or case', async () => {
    const first = await save(newFollowUp({ title: 'Send the  signed NDA by Friday.', source: { messageId: 'm-dup' } }));
    const again = await save(newFollowUp({ title: 'Send the  signed NDA by Friday.', source: { messageId: 'm-dup' } }), carol);
    const variant = await save(newFollowUp({ title: '  send THE signed\n NDA\u00a0by friday. ', source: { messageId: 'm-dup' } }));
    expect(first.status).toBe(201);
    expect([again.status, variant.status]).toEqual([200, 200]);
    expect(again.followUp.id).toBe(first.followUp.id);
    expect(variant.followUp).toEqual(first.followUp);
    const stored = (await list('?limit=500')).filter((f) => f.source.messageId === 'm-dup');
    expect(stored).toHaveLength(1);
  });

  it('keeps the same sentence from another message as its own follow-up', async () => {
    const a = await save(newFollowUp({ title: 'Call me back.', source: { messageId: 'm-call-1' } }));
    const b = await save(newFollowUp({ title: 'Call me back.', source: { messageId: 'm-call-2' } }));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.followUp.id).not.toBe(b.followUp.id);
  });
});

describe('filtering the queue', () => {
  let soon: FollowUp;
  let later: FollowUp;
  let undated: FollowUp;
  let elsewhere: FollowUp;

  beforeAll(async () => {
    const thread = (messageId: string) => ({ messageId, conversationId: 'c-filter' });
    // 17:00 in New York is 22:00 UTC: later than 20:00 UTC although "17" sorts before "20" as text.
    later = (await save(newFollowUp({ kind: 'ask', title: 'Later', owner: 'bob@smithlaw.example', due: '2026-05-01T17:00:00-05:00', source: thread('m-f1') }))).followUp;
    undated = (await save(newFollowUp({ kind: 'commitment', title: 'Undated', source: thread('m-f2') }))).followUp;
    soon = (await save(newFollowUp({ kind: 'voicemail', title: 'Soon', due: '2026-05-01T20:00:00Z', source: thread('m-f3') }))).followUp;
    elsewhere = (await save(newFollowUp({ kind: 'inquiry', title: 'Elsewhere', owner: 'bob@smithlaw.example', source: { messageId: 'm-f4', conversationId: 'c-other' } }))).followUp;
  });

  it('lists one conversation, soonest due first and undated last', async () => {
    const ids = (await list('?conversationId=c-filter')).map((f) => f.id);
    expect(ids).toEqual([soon.id, later.id, undated.id]);
  });

  it.each([
    ['owner', '?conversationId=c-filter&owner=BOB@smithlaw.example', () => [later.id]],
    ['unassigned', '?conversationId=c-filter&owner=unassigned', () => [soon.id, undated.id]],
    ['kind', '?kind=inquiry', () => [elsewhere.id]],
    ['status', '?conversationId=c-other&status=open', () => [elsewhere.id]],
    ['limit', '?conversationId=c-filter&limit=2', () => [soon.id, later.id]],
  ])('filters by %s', async (_name, query, expected) => {
    expect((await list(query)).map((f) => f.id)).toEqual(expected());
  });
});

describe('changing a follow-up', () => {
  it('marks it done, then dismissed, and history shows who changed what from what', async () => {
    const { followUp } = await save(newFollowUp({ title: 'File the motion.', owner: 'bob@smithlaw.example', source: { messageId: 'm-patch', conversationId: 'c-patch' } }));
    const done = await app.call(`/api/followups/${followUp.id}`, { method: 'PATCH', token: carol, json: { status: 'done' } });
    expect(done).toMatchObject({ status: 200, body: { id: followUp.id, status: 'done', owner: 'bob@smithlaw.example' } });
    expect((await list('?conversationId=c-patch&status=done')).map((f) => f.id)).toEqual([followUp.id]);
    expect(await list('?conversationId=c-patch&status=open')).toEqual([]);

    const dismissed = await app.call(`/api/followups/${followUp.id}`, { method: 'PATCH', token: ann, json: { status: 'dismissed' } });
    expect(dismissed).toMatchObject({ status: 200, body: { status: 'dismissed' } });

    const reply = await app.call(`/api/followups/${followUp.id}/history`, { token: ann });
    expect(reply.status).toBe(200);
    const { items } = historyListSchema.parse(reply.body);
    expect(items.map((e) => [e.action, e.actor])).toEqual([
      ['created', 'ann@smithlaw.example'], ['updated', 'carol@smithlaw.example'], ['updated', 'ann@smithlaw.example'],
    ]);
    expect(items[0]?.changes).toMatchObject({ title: [null, 'File the motion.'], owner: [null, 'bob@smithlaw.example'], status: [null, 'open'] });
    expect(items[1]?.changes).toEqual({ status: ['open', 'done'] });
    expect(items[2]?.changes).toEqual({ status: ['done', 'dismissed'] });
  });

  it('records the reassigner as assignedBy, and the title, due and snooze changes', async () => {
    const { followUp } = await save(newFollowUp({ title: 'Draft the reply.', source: { messageId: 'm-assign' } }));
    const reply = await app.call(`/api/followups/${followUp.id}`, {
      method: 'PATCH', token: carol,
      json: { owner: 'Dan@SmithLaw.example', title: 'Draft the reply to opposing counsel.', due: '2026-04-01T09:00:00+01:00', status: 'snoozed', snoozedUntil: '2026-03-30T08:00:00Z' },
    });
    expect(reply).toMatchObject({ status: 200, body: {
      owner: 'dan@smithlaw.example', assignedBy: 'carol@smithlaw.example', title: 'Draft the reply to opposing counsel.',
      due: '2026-04-01T09:00:00+01:00', status: 'snoozed', snoozedUntil: '2026-03-30T08:00:00Z',
    } });
    const history = historyListSchema.parse((await app.call(`/api/followups/${followUp.id}/history`, { token: ann })).body).items;
    expect(history.at(-1)).toMatchObject({ actor: 'carol@smithlaw.example', action: 'updated', changes: {
      owner: [null, 'dan@smithlaw.example'], title: ['Draft the reply.', 'Draft the reply to opposing counsel.'],
      due: [null, '2026-04-01T09:00:00+01:00'], status: ['open', 'snoozed'], snoozedUntil: [null, '2026-03-30T08:00:00Z'],
    } });
  });

  it('writes no history and keeps updatedAt when nothing actually changes', async () => {
    const { followUp } = await save(newFollowUp({ title: 'Nothing to change.', source: { messageId: 'm-same' } }));
    const reply = await app.call(`/api/followups/${followUp.id}`, { method: 'PATCH', token: ann, json: { status: 'open', owner: null } });
    expect(followUpSchema.parse(reply.body)).toEqual(followUp);
    const history = historyListSchema.parse((await app.call(`/api/followups/${followUp.id}/history`, { token: ann })).body).items;
    expect(history.map((e) => e.action)).toEqual(['created']);
  });
});
