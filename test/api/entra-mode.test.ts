// With a Microsoft tenant configured: no demo tokens, no network at start, and Microsoft's keys are
// fetched only when a plausible Microsoft token arrives.
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '6e3b1f4c-2a7d-4c1e-9b8a-0f5d3c2e1a90';

let app: TestServer;
let network: ReturnType<typeof guardNetwork>;

beforeAll(async () => {
  network = guardNetwork();
  app = await startTestServer({ env: { ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT } });
});
afterEach(() => {
  network.attempts.length = 0;
});
afterAll(async () => {
  network.restore();
  await app.close();
  await removeDataDir(app.dataDir);
});

async function microsoftShaped(overrides: JWTPayload = {}): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: CLIENT, tid: TENANT, oid: 'o-1',
    preferred_username: 'ann@contoso.example', scp: 'access_as_user', iat: now, exp: now + 3600, ...overrides,
  }).setProtectedHeader({ alg: 'RS256', kid: 'not-a-microsoft-key' }).sign(await importJWK(await exportJWK(privateKey), 'RS256'));
}

describe('a server with ONUS_TENANT_ID and ONUS_CLIENT_ID', () => {
  it('started without contacting Microsoft', () => {
    expect(network.attempts).toEqual([]);
  });

  it('has no demo token route', async () => {
    const reply = await app.call('/api/demo/token?user=ann@contoso.example');
    expect(reply).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('tells the pane how to sign in, without a token', async () => {
    const reply = await app.call('/api/config');
    expect(reply).toMatchObject({
      status: 200,
      body: { mode: 'entra', clientId: CLIENT, tenantId: TENANT, authority: `https://login.microsoftonline.com/${TENANT}` },
    });
  });

  it('asks for a token', async () => {
    const reply = await app.call('/api/me');
    expect(reply).toMatchObject({ status: 401, body: { error: 'missing_token' } });
  });

  it.each([
    { name: 'another tenant', claims: { iss: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0' } },
    { name: 'another app', claims: { aud: 'api://someone-else' } },
    { name: 'the demo issuer', claims: { iss: 'urn:onus:demo-issuer', aud: 'api://onus-demo' } },
  ])('refuses a token from $name without fetching any keys', async ({ claims }) => {
    const reply = await app.call('/api/me', { token: await microsoftShaped(claims) });
    expect(reply).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect(network.attempts).toEqual([]);
  });

  it('fetches the tenant’s signing keys lazily, and says so when Microsoft is unreachable (503)', async () => {
    const reply = await app.call('/api/me', { token: await microsoftShaped() });
    expect(reply).toMatchObject({ status: 503, body: { error: 'auth_unavailable' } });
    expect(network.attempts).toEqual([`https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`]);
  });
});
