// Security headers on every page and API answer: a CSP that allows scripts only from our origin and
// Office's script host, frame-ancestors limited to Outlook's hosts, nosniff, no referrer.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startTestServer, type TestServer } from '../helpers/server';

const ADDIN_DIR = fileURLToPath(new URL('../../dist/addin', import.meta.url));
const OUTLOOK = "'self' https://outlook.office.com https://outlook.office365.com https://outlook.live.com https://*.officeapps.live.com https://*.office.com";

let app: TestServer;
let httpsApp: TestServer;
let token: string;

beforeAll(async () => {
  if (!existsSync(path.join(ADDIN_DIR, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build` first.');
  app = await startTestServer({ env: { ADDIN_DIR } });
  httpsApp = await startTestServer({ env: { ADDIN_DIR, PUBLIC_URL: 'https://onus.harrowvale.example' } });
  token = await app.token('ann@smithlaw.example');
});
afterAll(async () => {
  for (const a of [app, httpsApp]) {
    await a.close();
    await removeDataDir(a.dataDir);
  }
});

function directives(csp: string | null): Map<string, string> {
  return new Map((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...values] = d.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe.each([
  { path: '/taskpane.html', auth: false, status: 200 },
  { path: '/support.html', auth: false, status: 200 },
  { path: '/healthz', auth: false, status: 200 },
  { path: '/api/me', auth: true, status: 200 },
  { path: '/api/followups', auth: true, status: 200 },
  { path: '/api/followups', auth: false, status: 401 },
  { path: '/api/no-such-route', auth: true, status: 404 },
  { path: '/no-such-page.html', auth: false, status: 404 },
])('$path (signed in: $auth)', ({ path: p, auth, status }) => {
  it(`answers ${status} with the security headers`, async () => {
    const reply = await app.call(p, auth ? { token } : {});
    expect(reply.status).toBe(status);
    const csp = directives(reply.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self' https://appsforoffice.microsoft.com");
    expect(csp.get('frame-ancestors')).toBe(OUTLOOK);
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self' https://login.microsoftonline.com");
    expect(csp.has('upgrade-insecure-requests')).toBe(false); // plain http demo on localhost
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('x-frame-options')).toBeNull(); // Outlook frames the pane: frame-ancestors decides
    expect(reply.headers.get('x-powered-by')).toBeNull();
    expect(reply.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('behind https (PUBLIC_URL https://…)', () => {
  it('adds HSTS and upgrade-insecure-requests', async () => {
    const reply = await httpsApp.call('/taskpane.html');
    expect(reply.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(directives(reply.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});
