// On-behalf-of (msal-node) against the identity emulator's token endpoint: the exchange, the per-person
// token cache sealed in SQLite, and Microsoft's refusals as errors the pane can act on.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { open } from '../../server/msal/cache-crypto';
import { createTokenBroker } from '../../server/msal/broker';
import { ApiError } from '../../server/errors';
import { openStore } from '../../server/store/store';
import { CLIENT_ID, CLIENT_SECRET, TENANT_A, startEntraHarness, type EntraHarness } from '../helpers/entra';
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let h: EntraHarness;
/** The server under test; the restart test replaces it. */
let app: TestServer;
const dirs: string[] = [];

beforeAll(async () => {
  h = await startEntraHarness();
  app = h.app;
  dirs.push(h.app.dataDir);
});
afterAll(async () => {
  await app.close();
  await h.close();
  await Promise.all(dirs.map(removeDataDir));
});

const directory = (token: string) => app.call('/api/directory/me', { token });

function sealedRows(dataDir: string): { partition: string; sealed: Buffer }[] {
  const db = new Database(path.join(dataDir, 'onus.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { partition: string; sealed: Buffer }>('SELECT partition, sealed FROM token_cache').all();
  } finally {
    db.close();
  }
}

describe('GET /api/directory/me (on-behalf-of)', () => {
  const oid = '0c2f4b6d-8e1a-4c3b-9d5f-7a9b1c3d5e7f';

  it('exchanges the caller’s token and answers what was granted, never a token', async () => {
    const token = await h.token({ oid, user: 'ann@contoso.example' });
    const reply = await directory(token);
    expect(reply).toMatchObject({
      status: 200,
      body: { tenantId: TENANT_A, scopes: expect.arrayContaining(['https://graph.microsoft.com/User.Read']) as string[], fromCache: false },
    });
    expect(JSON.stringify(reply.body)).not.toMatch(/eyJ|access_token|refresh/i);
    expect(h.idp.tokenRequests.at(-1)).toEqual({ grant: 'urn:ietf:params:oauth:grant-type:jwt-bearer', status: 200 });
  });

  it('answers the same request from the cache, without asking Microsoft again', async () => {
    const token = await h.token({ oid, user: 'ann@contoso.example' });
    await directory(token);
    const asked = h.idp.served.token;
    expect((await directory(token)).body).toMatchObject({ fromCache: true });
    expect(h.idp.served.token).toBe(asked);
  });

  it('keeps each person’s cache sealed (AES-256-GCM) in SQLite: no token or address in clear', async () => {
    const rows = sealedRows(h.app.dataDir);
    const mine = rows.find((r) => r.partition === `${TENANT_A}:${oid}`);
    expect(mine).toBeDefined();
    const raw = mine?.sealed ?? Buffer.alloc(0);
    for (const clear of ['eyJ', 'AccessToken', 'ann@contoso.example', 'secret']) expect(raw.includes(clear)).toBe(false);
    const plaintext = open(h.cacheKey, mine?.partition ?? '', raw);
    expect(plaintext).toContain('AccessToken');
    expect(open(h.cacheKey, `${TENANT_A}:someone-else`, raw)).toBeNull(); // bound to its row
  });

  it('survives a restart: the sealed cache answers without a new exchange', async () => {
    const token = await h.token({ oid: '5d7f9b1c-3e5a-4c7e-9a1c-3e5a7c9e1b3d', user: 'cal@contoso.example' });
    expect((await directory(token)).status).toBe(200);
    const env = { ONUS_TENANT_ID: TENANT_A, ONUS_CLIENT_ID: CLIENT_ID, ONUS_AUTHORITY_HOST: h.idp.origin, ONUS_CLIENT_SECRET: CLIENT_SECRET };
    await app.close();
    const again = await startTestServer({ dataDir: h.app.dataDir, env: { ...env, ONUS_TOKEN_CACHE_KEY: h.cacheKey.toString('base64') } });
    const asked = h.idp.served.token;
    try {
      expect((await again.call('/api/directory/me', { token })).body).toMatchObject({ fromCache: true });
      expect(h.idp.served.token).toBe(asked);
    } finally {
      await again.close();
    }
    // With another key the sealed cache does not open: it is dropped and Microsoft is asked again.
    const otherKey = Buffer.alloc(32, 7).toString('base64');
    const rekeyed = await startTestServer({ dataDir: h.app.dataDir, env: { ...env, ONUS_TOKEN_CACHE_KEY: otherKey } });
    try {
      expect(await rekeyed.call('/api/directory/me', { token })).toMatchObject({ status: 200, body: { fromCache: false } });
      expect(h.idp.served.token).toBe(asked + 1);
    } finally {
      await rekeyed.close();
    }
    app = await startTestServer({ dataDir: h.app.dataDir, env: { ...env, ONUS_TOKEN_CACHE_KEY: h.cacheKey.toString('base64') } });
  });

  it('AADSTS65001 (no admin consent) → 403 consent_required with the admin-consent link', async () => {
    h.idp.revokeConsent(TENANT_A, CLIENT_ID);
    try {
      const reply = await directory(await h.token({ oid: '9b1d3f5a-7c9e-4b1d-8f3a-5c7e9a1b3d5f' }));
      expect(reply).toMatchObject({
        status: 403,
        body: { error: 'consent_required', consentUrl: `${h.idp.origin}/${TENANT_A}/adminconsent?client_id=${CLIENT_ID}` },
      });
      expect(h.idp.tokenRequests.at(-1)).toMatchObject({ status: 400, error: '65001' });
    } finally {
      h.idp.grantConsent(TENANT_A, CLIENT_ID);
    }
  });

  it('AADSTS500133 (the assertion expired on the way) → 401 token_expired, to refresh and retry', async () => {
    // 30 s past expiry: inside Onus's 60 s skew, outside Microsoft's strict check.
    const reply = await directory(await h.token({ oid: '2e4a6c8e-0b2d-4f6a-8c0e-2b4d6f8a0c2e', claims: { exp: Math.floor(Date.now() / 1000) - 30 } }));
    expect(reply).toMatchObject({ status: 401, body: { error: 'token_expired' } });
    expect(h.idp.tokenRequests.at(-1)).toMatchObject({ status: 400, error: '500133' });
  });
});

describe('app-only tokens (client credentials)', () => {
  it('come from the token endpoint with the app’s permissions, then from memory', async () => {
    const dir = await makeDataDir();
    dirs.push(dir);
    const config = loadConfig({
      DATA_DIR: dir, ONUS_TENANT_ID: TENANT_A, ONUS_CLIENT_ID: CLIENT_ID, ONUS_AUTHORITY_HOST: h.idp.origin,
      ONUS_CLIENT_SECRET: CLIENT_SECRET, ONUS_TOKEN_CACHE_KEY: h.cacheKey.toString('base64'),
    });
    const store = openStore(config.dataDir);
    try {
      if (config.auth.mode !== 'entra') throw new Error('expected entra mode');
      const broker = createTokenBroker({ auth: config.auth, cache: store.tokenCache, logger: createLogger('silent'), now: () => new Date() });
      const first = await broker?.appOnly('https://graph.microsoft.com/.default');
      expect(first).toMatchObject({ tenantId: TENANT_A, fromCache: false });
      expect(JSON.stringify(first)).not.toContain('eyJ'); // the token is a Secret: it does not serialize
      expect(first?.accessToken.reveal()).toMatch(/^eyJ/);
      expect((await broker?.appOnly('https://graph.microsoft.com/.default'))?.fromCache).toBe(true);

      const wrong = loadConfig({ ...{ DATA_DIR: dir, ONUS_TENANT_ID: TENANT_A, ONUS_CLIENT_ID: CLIENT_ID, ONUS_AUTHORITY_HOST: h.idp.origin }, ONUS_CLIENT_SECRET: 'not-the-secret', ONUS_TOKEN_CACHE_KEY: h.cacheKey.toString('base64') });
      if (wrong.auth.mode !== 'entra') throw new Error('expected entra mode');
      const refused = createTokenBroker({ auth: wrong.auth, cache: store.tokenCache, logger: createLogger('silent'), now: () => new Date() });
      const err = await refused?.appOnly('https://graph.microsoft.com/.default').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({ status: 503, id: 'auth_unavailable' });
    } finally {
      store.close();
    }
  });
});

describe('without ONUS_CLIENT_SECRET', () => {
  it('has no directory route', async () => {
    const plain = await startEntraHarness({ withSecret: false });
    dirs.push(plain.app.dataDir);
    try {
      expect(await plain.app.call('/api/directory/me', { token: await plain.token() })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    } finally {
      await plain.close();
    }
  });
});
