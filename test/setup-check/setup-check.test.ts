// npm run setup:check on environment fixtures: what it says, and whether it blocks (ok=false → exit 1).
// No network: JWKS is either a fake fetch or a closed port on 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSetupCheck, type SetupReport } from '../../scripts/setup-checks';

const TENANT = '66666666-7777-4888-9999-000000000000';
const CLIENT = '11111111-2222-4333-8444-555555555555';
let dir: string;
let addinDir: string;
let closedPort: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onus-setup-'));
  addinDir = join(dir, 'addin');
  mkdirSync(addinDir);
  for (const f of ['taskpane.html', 'auth-dialog.html']) writeFileSync(join(addinDir, f), '<!doctype html>');
  closedPort = await new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = () => ({ DATA_DIR: join(dir, 'data'), ADDIN_DIR: addinDir, PUBLIC_URL: 'https://onus.firm.example' });
const tenant = () => ({
  ...base(), ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT,
  ONUS_CLIENT_SECRET: 'a-client-secret-value', ONUS_TOKEN_CACHE_KEY: Buffer.alloc(32, 7).toString('base64'),
  ONUS_AUTHORITY_HOST: `https://127.0.0.1:${closedPort}`,
});
const keys: typeof fetch = () => Promise.resolve(new Response(JSON.stringify({ keys: [{ kid: 'a' }] }), { status: 200 }));
const text = (r: SetupReport, status: 'ok' | 'warn' | 'fail'): string => r.checks.filter((c) => c.status === status).map((c) => c.text).join('\n');

describe('setup:check', () => {
  it('demo mode is OK, with warnings that say what demo means', async () => {
    const r = await runSetupCheck({ ...base(), PUBLIC_URL: 'http://localhost:3000' });
    expect(r.ok).toBe(true);
    expect(text(r, 'warn')).toMatch(/Demo mode[\s\S]*PUBLIC_URL is http:\/\/localhost:3000/);
    expect(text(r, 'ok')).toMatch(/writable[\s\S]*built add-in/);
  });

  it('a complete tenant setup with reachable keys passes', async () => {
    const r = await runSetupCheck(tenant(), { fetchImpl: keys });
    expect(text(r, 'fail')).toBe('');
    expect(r.ok).toBe(true);
    expect(text(r, 'ok')).toContain('signing keys are reachable');
  });

  it('a tenant id that is not a GUID blocks, naming the variable', async () => {
    const r = await runSetupCheck({ ...tenant(), ONUS_TENANT_ID: 'contoso.onmicrosoft.com' }, { fetchImpl: keys });
    expect(r.ok).toBe(false);
    expect(text(r, 'fail')).toMatch(/ONUS_TENANT_ID: must be a GUID/);
  });

  it('an http PUBLIC_URL blocks in tenant mode', async () => {
    const r = await runSetupCheck({ ...tenant(), PUBLIC_URL: 'http://onus.firm.example' }, { fetchImpl: keys });
    expect(r.ok).toBe(false);
    expect(text(r, 'fail')).toMatch(/only over https/);
  });

  it('a missing secret blocks and says where to create one', async () => {
    const env: Record<string, string | undefined> = { ...tenant() };
    delete env.ONUS_CLIENT_SECRET;
    delete env.ONUS_TOKEN_CACHE_KEY;
    const r = await runSetupCheck(env, { fetchImpl: keys });
    expect(r.ok).toBe(false);
    expect(text(r, 'fail')).toMatch(/ONUS_CLIENT_SECRET is not set[\s\S]*Certificates & secrets/);
  });

  it('unreachable signing keys (a closed port) are reported plainly, not thrown', async () => {
    const r = await runSetupCheck(tenant());
    expect(r.ok).toBe(false);
    expect(text(r, 'fail')).toMatch(new RegExp(`signing keys are unreachable[\\s\\S]*127\\.0\\.0\\.1:${closedPort}/${TENANT}/discovery/v2\\.0/keys`));
  });

  it('a missing build blocks', async () => {
    const r = await runSetupCheck({ ...base(), ADDIN_DIR: join(dir, 'nowhere') });
    expect(r.ok).toBe(false);
    expect(text(r, 'fail')).toContain('npm run build');
  });

  it('reports mailbox scanning: off, on with notifications, on with polling only, and an unreadable certificate', async () => {
    expect(text(await runSetupCheck(tenant(), { fetchImpl: keys }), 'warn')).toContain('Mailbox scanning is off');
    const scanning = { ...tenant(), ONUS_SCAN_MAILBOXES: 'intake@firm.example' };
    expect(text(await runSetupCheck(scanning, { fetchImpl: keys }), 'ok')).toMatch(/Scanning 1 mailbox\(es\): intake@firm.example .*webhooks\/graph/);
    expect(text(await runSetupCheck({ ...scanning, PUBLIC_URL: 'http://onus.firm.example' }, { fetchImpl: keys }), 'warn')).toContain('found by polling every 300 s');
    const broken = await runSetupCheck({ ...scanning, ONUS_CLIENT_CERTIFICATE: join(dir, 'no-such.pem') }, { fetchImpl: keys });
    expect(broken.ok).toBe(false);
    expect(text(broken, 'fail')).toContain('ONUS_CLIENT_CERTIFICATE: cannot read');
  });
});
