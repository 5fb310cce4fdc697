// Hostile requests with valid Microsoft identity tokens (identity emulator): guessing another firm's
// follow-up ids on every route (IDOR), SQL injection in every filter, and bodies over the limit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpListSchema, followUpSchema, type FollowUp } from '../../shared/followup';
import { TENANT_B, startEntraHarness, type EntraHarness } from '../helpers/entra';
import { newFollowUp, removeDataDir } from '../helpers/server';

let h: EntraHarness;
let firmA: string;
let firmB: string;
let secret: FollowUp;

beforeAll(async () => {
  h = await startEntraHarness({ withSecret: false });
  firmA = await h.token({ user: 'ann@contoso.example' });
  firmB = await h.token({ tenant: TENANT_B, user: 'bea@fabrikam.example' });
  const reply = await h.app.call('/api/followups', {
    token: firmA,
    json: newFollowUp({ title: 'Settlement offer: reply by Monday.', owner: 'ann@contoso.example', source: { messageId: 'm-1', conversationId: 'conv-1', subject: 'Offer' } }),
  });
  secret = followUpSchema.parse(reply.body);
});
afterAll(async () => {
  await h.close();
  await removeDataDir(h.app.dataDir);
});

const listA = async () => followUpListSchema.parse((await h.app.call('/api/followups', { token: firmA })).body).items;

describe('IDOR: firm B with firm A’s follow-up id', () => {
  it.each([
    { method: 'GET', path: (id: string) => `/api/followups/${id}` },
    { method: 'PATCH', path: (id: string) => `/api/followups/${id}`, json: { status: 'done', title: 'hijacked' } },
    { method: 'GET', path: (id: string) => `/api/followups/${id}/history` },
  ])('$method $path.name → 404, firm A’s follow-up untouched', async ({ method, path, json }) => {
    for (const id of [secret.id, randomUUID(), `${secret.id}'--`, '../followups']) {
      const reply = await h.app.call(path(encodeURIComponent(id)), { token: firmB, method, ...(json ? { json } : {}) });
      expect([404, 400]).toContain(reply.status);
      if (id === secret.id) expect(reply).toMatchObject({ status: 404, body: { error: 'not_found' } });
    }
    expect((await listA())).toEqual([secret]);
  });

  it('lists nothing of firm A under any filter, and POST with the same message makes firm B’s own copy', async () => {
    for (const q of ['', '?conversationId=conv-1', '?owner=ann@contoso.example', '?status=open', '?kind=ask']) {
      expect(followUpListSchema.parse((await h.app.call(`/api/followups${q}`, { token: firmB })).body).items).toEqual([]);
    }
    const mine = await h.app.call('/api/followups', { token: firmB, json: newFollowUp({ title: secret.title, source: { messageId: 'm-1', conversationId: 'conv-1', subject: 'Offer' } }) });
    expect(mine.status).toBe(201);
    expect(followUpSchema.parse(mine.body).id).not.toBe(secret.id);
  });
});

const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE followups; --", '1; DELETE FROM followups', "open' UNION SELECT * FROM followup_history --",
  '%27%20OR%201=1', '" OR ""="', "ask') OR 1=1 --", '0 OR 1=1', '*', '%', '\\x00', "ann@contoso.example' --",
];

describe('SQL injection in every filter of GET /api/followups', () => {
  it.each(['status', 'owner', 'kind', 'conversationId', 'limit'])('%s → 400 or an empty list; the table is intact', async (filter) => {
    for (const value of INJECTIONS) {
      const reply = await h.app.call(`/api/followups?${new URLSearchParams({ [filter]: value })}`, { token: firmB });
      if (reply.status === 200) expect(followUpListSchema.parse(reply.body).items).toEqual([]);
      else expect(reply).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    }
    expect(await listA()).toEqual([secret]);
  });

  it('injection strings in a saved follow-up are stored and returned literally', async () => {
    const title = "Robert'); DROP TABLE followups; -- please confirm";
    const reply = await h.app.call('/api/followups', { token: firmA, json: newFollowUp({ title, snippet: title, source: { messageId: 'm-sql', subject: "x' OR 1=1 --" } }) });
    expect(reply.status).toBe(201);
    expect(followUpSchema.parse(reply.body).title).toBe(title);
    expect((await listA()).map((f) => f.title)).toContain(title);
  });
});

describe('bodies over the limit', () => {
  it('a 300 KB JSON body → 413 payload_too_large, nothing stored', async () => {
    const before = (await listA()).length;
    const snippet = 'x'.repeat(300 * 1024);
    const reply = await h.app.call('/api/followups', { token: firmA, json: newFollowUp({ title: 'Too big', snippet }) });
    expect(reply).toMatchObject({ status: 413, body: { error: 'payload_too_large' } });
    expect((await listA()).length).toBe(before);
  });

  it('a 300 KB PATCH → 413', async () => {
    const reply = await h.app.call(`/api/followups/${secret.id}`, { token: firmA, method: 'PATCH', json: { title: 'y'.repeat(300 * 1024) } });
    expect(reply).toMatchObject({ status: 413, body: { error: 'payload_too_large' } });
  });
});
