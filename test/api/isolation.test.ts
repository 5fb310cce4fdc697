// One queue per firm: nothing of firm A can be seen, changed or even probed from firm B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpListSchema, followUpSchema, historyListSchema, type FollowUp } from '../../shared/followup';
import { newFollowUp, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let app: TestServer;
let firmA: string;
let firmB: string;
let secret: FollowUp;

beforeAll(async () => {
  app = await startTestServer();
  firmA = await app.token('ann@alpha-law.example', 'alpha-law');
  firmB = await app.token('bea@beta-law.example', 'beta-law');
  const reply = await app.call('/api/followups', {
    token: firmA,
    json: newFollowUp({ title: 'Settlement offer: reply by Monday.', owner: 'ann@alpha-law.example', source: { messageId: 'shared-msg', conversationId: 'shared-conv' } }),
  });
  secret = followUpSchema.parse(reply.body);
});
afterAll(async () => {
  await app.close();
  await removeDataDir(app.dataDir);
});

describe('firm B', () => {
  it('does not see firm A’s follow-up in any list', async () => {
    for (const query of ['', '?conversationId=shared-conv', '?owner=ann@alpha-law.example', '?status=open']) {
      const reply = await app.call(`/api/followups${query}`, { token: firmB });
      expect(followUpListSchema.parse(reply.body).items).toEqual([]);
    }
  });

  it.each([
    { name: 'get', path: () => `/api/followups/${secret.id}`, method: 'GET' },
    { name: 'history', path: () => `/api/followups/${secret.id}/history`, method: 'GET' },
    { name: 'patch', path: () => `/api/followups/${secret.id}`, method: 'PATCH' },
  ])('gets 404 (not 403) on $name of firm A’s id', async ({ path, method }) => {
    const json = method === 'PATCH' ? { status: 'dismissed', owner: 'bea@beta-law.example' } : undefined;
    const reply = await app.call(path(), { method, token: firmB, json });
    expect(reply).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('left firm A’s follow-up and its history unchanged', async () => {
    const reply = await app.call(`/api/followups/${secret.id}`, { token: firmA });
    expect(followUpSchema.parse(reply.body)).toEqual(secret);
    const history = historyListSchema.parse((await app.call(`/api/followups/${secret.id}/history`, { token: firmA })).body);
    expect(history.items.map((e) => e.action)).toEqual(['created']);
  });

  it('saves the same sentence of the same message as its own follow-up', async () => {
    const reply = await app.call('/api/followups', {
      token: firmB,
      json: newFollowUp({ title: 'Settlement offer: reply by Monday.', source: { messageId: 'shared-msg', conversationId: 'shared-conv' } }),
    });
    expect(reply.status).toBe(201);
    expect(followUpSchema.parse(reply.body).id).not.toBe(secret.id);
    const listA = followUpListSchema.parse((await app.call('/api/followups', { token: firmA })).body);
    expect(listA.items.map((f) => f.id)).toEqual([secret.id]);
  });
});
