// What the browser and the operator see: the task pane files, the headers, and the logs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDataDir, newFollowUp, removeDataDir, startTestServer } from '../helpers/server';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map(removeDataDir));
});

describe('the built add-in', () => {
  it('is served at / from ADDIN_DIR, with nosniff and no referrer', async () => {
    const addinDir = path.join(await makeDataDir(), 'addin');
    dirs.push(path.dirname(addinDir));
    await mkdir(addinDir);
    await writeFile(path.join(addinDir, 'taskpane.html'), '<!doctype html><title>Onus</title>');
    const app = await startTestServer({ env: { ADDIN_DIR: addinDir } });
    dirs.push(app.dataDir);
    try {
      const page = await app.call('/taskpane.html');
      expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Onus</title>' });
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect((await app.call('/demo-issuer-key.json')).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('API answers are never cached', async () => {
    const app = await startTestServer();
    dirs.push(app.dataDir);
    try {
      const reply = await app.call('/api/me', { token: await app.token('ann@smithlaw.example') });
      expect(reply.headers.get('cache-control')).toBe('no-store');
    } finally {
      await app.close();
    }
  });
});

describe('the logs', () => {
  it('record each request without tokens, addresses from the query, or email text', async () => {
    const lines: string[] = [];
    const logTo = { write: (line: string) => void lines.push(line) };
    const app = await startTestServer({ env: { LOG_LEVEL: 'trace' }, logTo });
    dirs.push(app.dataDir);
    try {
      const token = await app.token('ann@smithlaw.example');
      const title = 'Privileged: please wire the settlement funds to account 4417.';
      await app.call('/api/followups', { token, json: newFollowUp({ title, snippet: title }) });
      await app.call('/api/followups?owner=bob@smithlaw.example', { token });
      await app.call('/api/followups', { token, body: `{"title": "${title}"`, headers: { 'content-type': 'application/json' } });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('"path":"/api/followups"');
    expect(log).toContain('"status":201');
    for (const secret of ['settlement funds', 'bob@smithlaw.example', 'eyJ']) expect(log).not.toContain(secret);
  });
});
