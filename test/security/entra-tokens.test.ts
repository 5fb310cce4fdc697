// Microsoft identity platform v2 tokens, from the local identity emulator (https, test CA), through
// the real server's one bearer middleware: what gets in, what is refused, and how keys are fetched.
import { createPublicKey } from 'node:crypto';
import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, TENANT_A, TENANT_B, TENANT_UNLISTED, startEntraHarness, type EntraHarness } from '../helpers/entra';
import { guardNetwork, removeDataDir } from '../helpers/server';

let h: EntraHarness;
let network: ReturnType<typeof guardNetwork>;

beforeAll(async () => {
  network = guardNetwork();
  h = await startEntraHarness({ withSecret: false });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  network.restore();
  await h.close();
  await removeDataDir(h.app.dataDir);
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
const me = (token: string) => h.app.call('/api/me', { token });
const claims = (c: JWTPayload) => h.token({ claims: c });

function unsigned(payload: JWTPayload): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

/** A token with the emulator's claims, re-signed by `sign` (another key, HS256, none…). */
async function resigned(sign: (payload: JWTPayload, kid: string) => Promise<string> | string): Promise<string> {
  const genuine = await h.token();
  const payload = JSON.parse(Buffer.from(genuine.split('.')[1] ?? '', 'base64url').toString()) as JWTPayload;
  return sign(payload, h.idp.keys.current().kid);
}

describe('tokens that are let in', () => {
  it('a v2 access token of an allowed tenant: firm = tid, app roles mapped', async () => {
    const reply = await me(await h.token({ roles: ['Partner', 'Mailbox.Scan'] }));
    expect(reply).toMatchObject({ status: 200, body: { firmId: TENANT_A, user: 'ann@contoso.example', roles: ['Partner'], demo: false } });
  });

  it.each([
    { name: 'audience api://<client id>', request: { audience: `api://${CLIENT_ID}` } },
    { name: 'the second allowed tenant', request: { tenant: TENANT_B, user: 'bea@fabrikam.example' } },
    { name: 'expired 30 s ago (60 s skew)', request: { claims: { exp: nowSeconds() - 30 } } },
    { name: 'valid from 30 s from now (60 s skew)', request: { claims: { nbf: nowSeconds() + 30 } } },
  ])('$name → 200', async ({ request }) => {
    expect((await me(await h.token(request))).status).toBe(200);
  });
});

describe('tokens that are refused', () => {
  it.each([
    { name: 'forged signature (another key, the real kid)', token: () => resigned(async (p, kid) => new SignJWT(p).setProtectedHeader({ alg: 'RS256', kid }).sign((await generateKeyPair('RS256')).privateKey)), error: 'invalid_token' },
    { name: 'alg: none', token: () => resigned((p) => unsigned(p)), error: 'invalid_token' },
    {
      name: 'HS256 signed with the public key as the secret',
      token: () => resigned(async (p, kid) => {
        const pem = createPublicKey({ key: h.idp.keys.current().publicJwk as import('node:crypto').JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
        return new SignJWT(p).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode(String(pem)));
      }),
      error: 'invalid_token',
    },
    { name: 'a signature cut off', token: async () => (await h.token()).replace(/\.[^.]+$/, '.'), error: 'invalid_token' },
    { name: 'wrong audience', token: () => h.token({ audience: '00000003-0000-0000-c000-000000000000' }), error: 'invalid_token' },
    { name: 'unlisted tenant', token: () => h.token({ tenant: TENANT_UNLISTED }), error: 'invalid_token' },
    { name: 'tid of one tenant, issuer of another', token: () => claims({ tid: TENANT_B }), error: 'invalid_token' },
    { name: 'issuer of the real Microsoft host (not the configured authority)', token: () => claims({ iss: `https://login.microsoftonline.com/${TENANT_A}/v2.0` }), error: 'invalid_token' },
    { name: 'a v1 token (sts.windows.net issuer)', token: () => claims({ iss: `https://sts.windows.net/${TENANT_A}/`, ver: '1.0' }), error: 'invalid_token' },
    { name: 'expired two minutes ago', token: () => claims({ iat: nowSeconds() - 3700, exp: nowSeconds() - 120 }), error: 'token_expired' },
    { name: 'not valid for ten more minutes', token: () => claims({ nbf: nowSeconds() + 600 }), error: 'invalid_token' },
    { name: 'no expiry', token: () => claims({ exp: undefined }), error: 'invalid_token' },
    { name: 'a key the tenant never published', token: async () => new SignJWT({ ...(await claimsOf(await h.token())) }).setProtectedHeader({ alg: 'RS256', kid: 'unknown-kid' }).sign((await generateKeyPair('RS256')).privateKey), error: 'invalid_token' },
  ])('$name → 401 $error', async ({ token, error }) => {
    const reply = await me(await token());
    expect(reply).toMatchObject({ status: 401, body: { error } });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it.each([
    { name: 'a delegated token without access_as_user', token: () => h.token({ scp: 'User.Read Mail.Read' }) },
    { name: 'an app-only token (roles, no scp)', token: () => claims({ scp: undefined, idtyp: 'app', roles: ['Mail.Read'] }) },
  ])('$name → 403 forbidden', async ({ token }) => {
    expect(await me(await token())).toMatchObject({ status: 403, body: { error: 'forbidden' } });
  });
});

async function claimsOf(token: string): Promise<JWTPayload> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as JWTPayload;
}

describe('app roles', () => {
  it.each([
    { role: 'Staff', status: 403 }, { role: 'Partner', status: 403 }, { role: 'Admin', status: 200 },
  ])('GET /api/admin/firm as $role → $status', async ({ role, status }) => {
    const reply = await h.app.call('/api/admin/firm', { token: await h.token({ roles: [role] }) });
    expect(reply.status).toBe(status);
    if (status === 403) expect(reply.body).toMatchObject({ error: 'forbidden' });
    else expect(reply.body).toMatchObject({ firmId: TENANT_A, followUps: { total: expect.any(Number) as number }, peopleSeen: expect.any(Number) as number });
  });

  it('no roles claim at all → 403 on the admin route', async () => {
    expect((await h.app.call('/api/admin/firm', { token: await h.token({ roles: undefined }) })).status).toBe(403);
  });
});

describe('signing keys', () => {
  it('are fetched at most once per tenant for many requests', async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, (_, i) => h.token({ user: `user${i}@contoso.example` })));
    const before = h.idp.served.keys;
    for (let i = 0; i < 40; i += 1) expect((await me(tokens[i % 5] ?? '')).status).toBe(200);
    expect(h.idp.served.keys - before).toBe(0);
    expect(h.idp.served.keys).toBeLessThanOrEqual(2); // tenant A and tenant B, once each
    expect(network.attempts).toEqual([]);
  });

  it('a rotated key is picked up, and a retired one stops working once the cache expires', async () => {
    const oldToken = await h.token();
    expect((await me(oldToken)).status).toBe(200);
    const before = h.idp.served.keys;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000); // past jose's 30 s cooldown between fetches
    const newKey = await h.idp.keys.rotate();
    const newToken = await h.token();
    expect(JSON.parse(Buffer.from(newToken.split('.')[0] ?? '', 'base64url').toString())).toMatchObject({ kid: newKey.kid });
    expect((await me(newToken)).status).toBe(200);
    expect(h.idp.served.keys - before).toBe(1);
    for (let i = 0; i < 10; i += 1) await me(newToken);
    expect(h.idp.served.keys - before).toBe(1);
    // The old key is still published: its tokens still work.
    expect((await me(oldToken)).status).toBe(200);
    h.idp.keys.retire((await decodeHeaderKid(oldToken)));
    vi.setSystemTime(Date.now() + 11 * 60_000); // past the 10-minute cache age
    expect(await me(oldToken)).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect((await me(await h.token())).status).toBe(200);
  });
});

async function decodeHeaderKid(token: string): Promise<string> {
  return (JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as { kid: string }).kid;
}
