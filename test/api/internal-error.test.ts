// When the store fails, the client gets a plain 500 and the operator gets the details in the log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createAuth, type Auth } from '../../server/auth';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import type { FollowUpsRepo } from '../../server/store/followups-repo';
import { makeDataDir, newFollowUp, removeDataDir, request } from '../helpers/server';

const failing = (): never => {
  throw new Error('SQLITE_IOERR: disk I/O error at /srv/onus/data/onus.sqlite');
};
const brokenRepo: FollowUpsRepo = { create: failing, byKey: failing, get: failing, list: failing, update: failing, history: failing };
const brokenFirms = { stats: failing };

let dataDir: string;
let server: http.Server;
let base: string;
let auth: Auth;
const lines: string[] = [];

beforeAll(async () => {
  dataDir = await makeDataDir();
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'error' });
  const now = () => new Date();
  auth = await createAuth(config, now);
  const logger = createLogger(config.logLevel, { write: (line: string) => void lines.push(line) });
  server = http.createServer(createApp({ config, store: { followUps: brokenRepo, firms: brokenFirms }, auth, logger, now }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await removeDataDir(dataDir);
});

describe('an unexpected failure', () => {
  it('answers 500 internal without internals, and logs the cause but not the request body', async () => {
    const token = await auth.demo?.mint('ann@smithlaw.example', 'demo-firm');
    const reply = await request(base, '/api/followups', { token, json: newFollowUp({ title: 'Confidential merger terms.' }) });
    expect(reply).toMatchObject({ status: 500, body: { error: 'internal' } });
    expect(JSON.stringify(reply.body)).not.toMatch(/SQLITE|\/srv\/onus/);
    const log = lines.join('');
    expect(log).toContain('SQLITE_IOERR');
    expect(log).not.toContain('Confidential merger terms');
  });
});
