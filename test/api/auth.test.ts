// Only tokens from the configured issuer, for Onus, unexpired and RS256-signed get in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpListSchema } from '../../shared/followup';
import { newFollowUp, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let app: TestServer;
let demoKey: JWK;

beforeAll(async () => {
  app = await startTestServer();
  demoKey = JSON.parse(readFileSync(path.join(app.dataDir, 'demo-issuer-key.json'), 'utf8')) as JWK;
});
afterAll(async () => {
  await app.close();
  await removeDataDir(app.dataDir);
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Claims the demo issuer would put in a token, for ann at demo-firm. */
function claims(overrides: JWTPayload = {}): JWTPayload {
  const iat = nowSeconds();
  return {
    iss: 'urn:onus:demo-issuer', aud: 'api://onus-demo', tid: 'demo-firm', oid: '11111111-2222-3333-4444-555555555555',
    preferred_username: 'ann@smithlaw.example', scp: 'access_as_user', iat, nbf: iat, exp: iat + 3600, ...overrides,
  };
}

async function sign(payload: JWTPayload, key: JWK = demoKey): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: demoKey.kid ?? '' }).sign(await importJWK(key, 'RS256'));
}

function unsigned(payload: JWTPayload): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

async function listWith(headers: Record<string, string>) {
  return app.call('/api/followups', { headers });
}

describe('tokens that are let in', () => {
  it('a token minted with the issuer key lists the queue', async () => {
    const reply = await listWith({ authorization: `Bearer ${await sign(claims())}` });
    expect(reply.status).toBe(200);
    expect(followUpListSchema.parse(reply.body).items).toEqual([]);
  });

  it('a token that expired 30 s ago still works (60 s clock tolerance)', async () => {
    const reply = await listWith({ authorization: `Bearer ${await sign(claims({ exp: nowSeconds() - 30 }))}` });
    expect(reply.status).toBe(200);
  });
});

describe('tokens that are refused with 401', () => {
  it.each([
    { name: 'no Authorization header', headers: async () => ({}), error: 'missing_token' },
    { name: 'a Basic credential', headers: async () => ({ authorization: 'Basic YW5uOnNlY3JldA==' }), error: 'missing_token' },
    { name: 'an expired token', headers: async () => bearer(await sign(claims({ iat: nowSeconds() - 7200, exp: nowSeconds() - 120 }))), error: 'token_expired' },
    { name: 'a token not valid yet', headers: async () => bearer(await sign(claims({ nbf: nowSeconds() + 600 }))), error: 'invalid_token' },
    { name: 'a forged token (another key, same kid)', headers: async () => bearer(await sign(claims(), await otherKey())), error: 'invalid_token' },
    { name: 'an alg:none token', headers: async () => bearer(unsigned(claims())), error: 'invalid_token' },
    { name: 'a token for another audience', headers: async () => bearer(await sign(claims({ aud: 'api://someone-else' }))), error: 'invalid_token' },
    { name: 'a token from another issuer', headers: async () => bearer(await sign(claims({ iss: 'https://login.microsoftonline.com/x/v2.0' }))), error: 'invalid_token' },
    { name: 'a token without a user', headers: async () => bearer(await sign(claims({ preferred_username: undefined }))), error: 'invalid_token' },
    { name: 'garbage', headers: async () => bearer('not.a.jwt'), error: 'invalid_token' },
  ])('$name → $error', async ({ headers, error }) => {
    const reply = await listWith(await headers());
    expect(reply).toMatchObject({ status: 401, body: { error } });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses to save without a valid token, and stores nothing', async () => {
    const forged = await sign(claims(), await otherKey());
    const reply = await app.call('/api/followups', { token: forged, json: newFollowUp() });
    expect(reply).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    const token = await app.token('ann@smithlaw.example');
    expect(followUpListSchema.parse((await app.call('/api/followups', { token })).body).items).toEqual([]);
  });
});

describe('tokens issued for something else', () => {
  it('a token without the access_as_user scope → 403', async () => {
    const reply = await listWith(bearer(await sign(claims({ scp: 'Mail.Read' }))));
    expect(reply).toMatchObject({ status: 403, body: { error: 'forbidden' } });
  });
});

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

async function otherKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return exportJWK(privateKey);
}
