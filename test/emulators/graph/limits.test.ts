// Outlook's per-mailbox limits and injected faults, as a client sees them: 429 + Retry-After
// (and the Graph client's RetryHandler riding it out), the 10-minute budget, 5xx bursts.
import { RetryHandlerOptions, type PageCollection } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BEN, incoming, startGraphHarness, type GraphHarness } from './harness';

const THROTTLED_BODY = {
  error: {
    code: 'TooManyRequests', message: 'Please retry again later.',
    innerError: expect.objectContaining({ code: '429', message: 'Please retry after', status: '429' }) as unknown,
  },
};

describe('4 concurrent requests per mailbox', () => {
  let h: GraphHarness;
  beforeAll(async () => {
    // Each request holds its slot for 500 ms, so six sent together overlap.
    h = await startGraphHarness({ latencyMs: 500 });
    h.graph.seed(ANN.mail, 'inbox', Array.from({ length: 3 }, () => incoming()));
    // Open the connections first, so the measured requests do not wait on TLS handshakes.
    await Promise.all(Array.from({ length: 7 }, () => h.call('/subscriptions')));
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers the 5th and 6th 429 TooManyRequests with Retry-After; other mailboxes are unaffected', async () => {
    h.graph.stats.reset();
    const replies = await Promise.all([
      ...Array.from({ length: 6 }, () => h.call(`/users/${ANN.id}/messages?$top=1`)),
      h.call(`/users/${BEN.id}/messages?$top=1`),
    ]);
    const ann = replies.slice(0, 6);
    expect(ann.filter((r) => r.status === 200)).toHaveLength(4);
    const throttled = ann.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(2);
    expect(throttled[0]?.headers.get('retry-after')).toBe('1');
    expect(throttled[0]?.body).toMatchObject(THROTTLED_BODY);
    expect(replies[6]?.status).toBe(200);
    // Counted on arrival: 4 admitted plus one turned away (a rejected request leaves at once).
    expect(h.graph.stats.maxConcurrent(ANN.mail)).toBe(5);
  });

  it('lets the Graph client RetryHandler recover: every request succeeds after waiting Retry-After', async () => {
    h.graph.stats.reset();
    const client = h.client();
    const started = Date.now();
    const pages = await Promise.all(Array.from({ length: 6 }, () => client.api(`/users/${ANN.id}/messages`).top(1).get() as Promise<PageCollection>));
    expect(pages.every((p) => p.value.length === 1)).toBe(true);
    expect(h.graph.stats.count({ mailbox: ANN.mail, status: 429 })).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});

describe('10,000 requests per 10 minutes, and injected faults', () => {
  let h: GraphHarness;
  let clock = Date.UTC(2024, 4, 1, 12);
  beforeAll(async () => {
    h = await startGraphHarness({ latencyMs: 0, now: () => new Date(clock), limits: { requestsPer10Min: 5 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('throttles the request over the budget until the oldest leaves the sliding window', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await h.call(`/users/${BEN.id}/mailFolders/inbox/messages`)).status).toBe(200);
      clock += 60_000;
    }
    const over = await h.call(`/users/${BEN.id}/mailFolders/inbox/messages`);
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject(THROTTLED_BODY);
    expect(Number(over.headers.get('retry-after'))).toBe(300);
    clock += 300_000;
    expect((await h.call(`/users/${BEN.id}/mailFolders/inbox/messages`)).status).toBe(200);
  });

  it('fails the next N requests with a 5xx error body (no Retry-After), then serves again', async () => {
    h.graph.faults.fail(ANN.mail, 2, 503);
    const first = await h.call(`/users/${ANN.id}/messages`);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBeNull();
    expect(first.body).toMatchObject({ error: { code: 'ServiceNotAvailable', innerError: { 'request-id': expect.any(String) as unknown } } });
    const client = h.client();
    const page = await client.api(`/users/${ANN.id}/messages`).middlewareOptions([new RetryHandlerOptions(0, 3)]).get() as PageCollection;
    expect(page.value).toEqual([]);
    expect(h.graph.stats.count({ mailbox: ANN.id, status: 503 })).toBe(2);
  });

  it("throttles the next N requests of any kind with faults.throttle('*')", async () => {
    h.graph.faults.throttle('*', 1, 7);
    const throttled = await h.call('/subscriptions');
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await h.call('/subscriptions')).status).toBe(200);
  });
});
