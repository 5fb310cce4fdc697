// The routes anyone can call without a token are rate-limited per address: a flood gets a 429 with
// Retry-After, and signed-in users are not affected by someone else's flood of the public routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer({ publicLimit: { limit: 5, windowMs: 60_000 } });
});
afterAll(async () => {
  await app.close();
  await removeDataDir(app.dataDir);
});

describe('public routes', () => {
  it('answer 429 rate_limited with Retry-After once an address passes the limit', async () => {
    const token = await app.token('ann@smithlaw.example'); // 1 of 5
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push(await app.call('/api/config'));
    expect(replies.slice(0, 4).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(replies[4]).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect(replies[4]?.headers.get('retry-after')).toBe('60');
    expect((await app.call('/api/demo/token?user=bob@smithlaw.example')).status).toBe(429);
    // The signed-in API is not a public route: it still answers.
    expect((await app.call('/api/followups', { token })).status).toBe(200);
  });
});
