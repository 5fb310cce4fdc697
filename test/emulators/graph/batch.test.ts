// JSON batching: up to 20 requests, each under its mailbox's limits (a throttled item is a 429
// inside a 200), and dependsOn sequencing with 424 for the dependents of a failure.
import type { GraphError } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BEN, incoming, startGraphHarness, type GraphHarness } from './harness';

let h: GraphHarness;
type BatchReply = { responses: { id: string; status: number; headers?: Record<string, string>; body?: { value?: unknown[]; error?: { code: string } } }[] };

beforeAll(async () => {
  h = await startGraphHarness();
  h.graph.seed(ANN.mail, 'inbox', Array.from({ length: 3 }, () => incoming()));
});
afterAll(async () => {
  await h.close();
});

const get = (id: string, url: string, dependsOn?: string[]) => ({ id, method: 'GET', url, ...(dependsOn === undefined ? {} : { dependsOn }) });

describe('$batch', () => {
  it('runs 20 requests to one mailbox without tripping its 4-request limit; 21 is a 400', async () => {
    const client = h.client();
    h.graph.stats.reset();
    const reply = await client.api('/$batch').post({ requests: Array.from({ length: 20 }, (_, i) => get(String(i + 1), `/users/${ANN.id}/messages?$top=1&$select=subject`)) }) as BatchReply;
    expect(reply.responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(reply.responses[0]?.body?.value).toHaveLength(1);
    expect(h.graph.stats.maxConcurrent(ANN.mail)).toBeLessThanOrEqual(4);
    expect(h.graph.stats.count({ mailbox: ANN.mail, pathIncludes: '/messages' })).toBe(20);
    const tooMany = await client.api('/$batch').post({ requests: Array.from({ length: 21 }, (_, i) => get(String(i + 1), '/users'))}).catch((e: unknown) => e);
    expect((tooMany as GraphError).statusCode).toBe(400);
  });

  it('returns a throttled item as 429 with Retry-After inside a 200 batch', async () => {
    h.graph.faults.throttle(BEN.mail, 1, 4);
    const reply = await h.call('/$batch', { method: 'POST', body: { requests: [get('1', `/users/${ANN.id}/messages?$top=1`), get('2', `/users/${BEN.id}/messages`), get('3', `/users/${ANN.id}/mailFolders/inbox`)] } });
    expect(reply.status).toBe(200);
    const byId = new Map((reply.body as BatchReply).responses.map((r) => [r.id, r]));
    expect(byId.get('1')?.status).toBe(200);
    expect(byId.get('2')).toMatchObject({ status: 429, headers: { 'Retry-After': '4' }, body: { error: { code: 'TooManyRequests' } } });
    expect(byId.get('3')?.status).toBe(200);
  });

  it('runs dependsOn in order and fails the dependents of a failed request with 424', async () => {
    const missing = h.graph.deliver(ANN.mail, 'inbox', incoming());
    h.graph.remove(ANN.mail, missing.id);
    const reply = await h.call('/$batch', { method: 'POST', body: { requests: [
      get('1', `/users/${ANN.id}/messages/${missing.id}`), get('2', `/users/${ANN.id}/messages?$top=1`, ['1']),
      get('3', `users/${ANN.id}/mailFolders/inbox`), get('4', `/users/${ANN.id}/messages?$top=2`, ['3']),
      { id: '5', method: 'PATCH', url: `/users/${ANN.id}/messages/${h.graph.messages(ANN.mail, 'inbox')[0]?.id}`, body: { isRead: true }, headers: { 'Content-Type': 'application/json' } },
    ] } });
    const statuses = Object.fromEntries((reply.body as BatchReply).responses.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ 1: 404, 2: 424, 3: 200, 4: 200, 5: 200 });
    const noType = await h.call('/$batch', { method: 'POST', body: { requests: [{ id: '1', method: 'POST', url: `/users/${ANN.id}/sendMail`, body: {} }] } });
    expect(noType.status).toBe(400);
  });
});
