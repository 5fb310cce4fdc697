// The queue lives in a real SQLite file: it survives a restart, and so do demo sign-ins.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { followUpListSchema, followUpSchema } from '../../shared/followup';
import { makeDataDir, newFollowUp, removeDataDir, startTestServer } from '../helpers/server';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map(removeDataDir));
});

describe('restarting the server on the same DATA_DIR', () => {
  it('keeps follow-ups, their history, and tokens issued before the restart', async () => {
    const dataDir = await makeDataDir();
    dirs.push(dataDir);
    const first = await startTestServer({ dataDir });
    const token = await first.token('ann@smithlaw.example');
    const saved = followUpSchema.parse((await first.call('/api/followups', { token, json: newFollowUp() })).body);
    await first.call(`/api/followups/${saved.id}`, { method: 'PATCH', token, json: { status: 'done' } });
    await first.close();

    const second = await startTestServer({ dataDir });
    try {
      const list = followUpListSchema.parse((await second.call('/api/followups', { token })).body);
      expect(list.items).toEqual([{ ...saved, status: 'done', updatedAt: expect.any(String) }]);
      const history = await second.call(`/api/followups/${saved.id}/history`, { token });
      expect(history.body).toMatchObject({ items: [{ action: 'created' }, { action: 'updated', changes: { status: ['open', 'done'] } }] });
      const again = await second.call('/api/followups', { token, json: newFollowUp() });
      expect(again.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('stores the data in DATA_DIR/onus.sqlite in WAL mode, and the demo key readable by the owner only', async () => {
    const dataDir = await makeDataDir();
    dirs.push(dataDir);
    const app = await startTestServer({ dataDir });
    const token = await app.token('ann@smithlaw.example');
    await app.call('/api/followups', { token, json: newFollowUp() });
    await app.close();

    const file = path.join(dataDir, 'onus.sqlite');
    expect(existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT count(*) AS n FROM followups').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect(statSync(path.join(dataDir, 'demo-issuer-key.json')).mode & 0o777).toBe(0o600);
  });
});
