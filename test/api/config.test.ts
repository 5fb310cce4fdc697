// Configuration is read once at boot; a half-configured Microsoft sign-in refuses to start.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../server/config';
import { startServer } from '../../server/start';
import { makeDataDir, removeDataDir } from '../helpers/server';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '6e3b1f4c-2a7d-4c1e-9b8a-0f5d3c2e1a90';

function problemsOf(env: Readonly<Record<string, string | undefined>>): readonly string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs in demo mode on 127.0.0.1:3000 with nothing set', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 3000, host: '127.0.0.1', dataDir: path.resolve('data'), logLevel: 'info', publicUrl: 'http://localhost:3000',
      addinDir: path.resolve('dist/addin'), auth: { mode: 'demo' }, scan: null, demoMailboxes: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', ONUS_TENANT_ID: '', ONUS_CLIENT_ID: ' ' }).auth).toEqual({ mode: 'demo' });
  });

  it('uses Microsoft sign-in when tenant and client are both set; the tenant alone is allowed by default', () => {
    expect(loadConfig({ ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT.toUpperCase() }).auth).toEqual({
      mode: 'entra', tenantId: TENANT, clientId: CLIENT, allowedTenants: [TENANT],
      authorityHost: 'https://login.microsoftonline.com', clientSecret: null, clientCertificatePath: null, tokenCacheKey: null,
    });
    const other = '11111111-2222-3333-4444-555555555555';
    expect(loadConfig({ ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_ALLOWED_TENANTS: ` ${TENANT}, ${other} ,` }).auth)
      .toMatchObject({ allowedTenants: [TENANT, other] });
  });

  it.each([
    { name: 'only ONUS_TENANT_ID', env: { ONUS_TENANT_ID: TENANT }, names: ['ONUS_CLIENT_ID'] },
    { name: 'only ONUS_CLIENT_ID', env: { ONUS_CLIENT_ID: CLIENT }, names: ['ONUS_TENANT_ID'] },
    { name: 'a tenant that is not a GUID', env: { ONUS_TENANT_ID: 'contoso.onmicrosoft.com', ONUS_CLIENT_ID: CLIENT }, names: ['ONUS_TENANT_ID'] },
    { name: 'several bad variables', env: { PORT: 'eighty', LOG_LEVEL: 'loud', PUBLIC_URL: 'onus.example', ONUS_TENANT_ID: TENANT }, names: ['PORT', 'LOG_LEVEL', 'PUBLIC_URL', 'ONUS_CLIENT_ID'] },
    { name: 'a port out of range', env: { PORT: '70000' }, names: ['PORT'] },
    { name: 'allowed tenants without a tenant', env: { ONUS_ALLOWED_TENANTS: TENANT }, names: ['ONUS_ALLOWED_TENANTS'] },
    { name: 'an http authority', env: { ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_AUTHORITY_HOST: 'http://127.0.0.1:8443' }, names: ['ONUS_AUTHORITY_HOST'] },
    { name: 'a client secret without a cache key', env: { ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_CLIENT_SECRET: 'abcdefghijkl' }, names: ['ONUS_TOKEN_CACHE_KEY'] },
    { name: 'a cache key of 16 bytes', env: { ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_CLIENT_SECRET: 'abcdefghijkl', ONUS_TOKEN_CACHE_KEY: Buffer.alloc(16).toString('base64') }, names: ['ONUS_TOKEN_CACHE_KEY'] },
    { name: 'a secret in demo mode', env: { ONUS_CLIENT_SECRET: 'abcdefghijkl' }, names: ['ONUS_CLIENT_SECRET'] },
  ])('$name → one problem per bad variable, naming it', ({ env, names }) => {
    const problems = problemsOf(env);
    expect(problems.map((p) => p.split(':')[0])).toEqual(names);
  });

  it('reads the authority host, client secret and cache key; secrets never print', () => {
    const key = Buffer.alloc(32, 9);
    const auth = loadConfig({
      ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_AUTHORITY_HOST: 'https://127.0.0.1:8443/', ONUS_CLIENT_SECRET: 'shh~very.secret-value',
      ONUS_TOKEN_CACHE_KEY: key.toString('base64'),
    }).auth;
    if (auth.mode !== 'entra') throw new Error('expected entra mode');
    expect(auth.authorityHost).toBe('https://127.0.0.1:8443');
    expect(auth.clientSecret?.reveal()).toBe('shh~very.secret-value');
    expect(auth.tokenCacheKey?.reveal().equals(key)).toBe(true);
    expect(`${JSON.stringify(auth)} ${String(auth.clientSecret)}`).not.toMatch(/shh|CQkJ/);
    const problems = problemsOf({ ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_CLIENT_SECRET: 'shh~very.secret-value', ONUS_TOKEN_CACHE_KEY: 'c2hoIHNlY3JldA==' });
    expect(problems.join('\n')).not.toContain('c2hoIHNlY3JldA==');
  });

  it('reads the mailbox scan settings, with the firm domains taken from the mailboxes by default', () => {
    const scan = loadConfig({
      ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_CLIENT_SECRET: 'shh~very.secret-value', ONUS_TOKEN_CACHE_KEY: Buffer.alloc(32, 1).toString('base64'),
      ONUS_SCAN_MAILBOXES: 'Dana@SmithLaw.com, intake@smithlaw.com', ONUS_INTAKE_MAILBOX: 'intake@smithlaw.com', ONUS_AWAITING_REPLY_DAYS: '3',
    }).scan;
    expect(scan).toEqual({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0', mailboxes: ['dana@smithlaw.com', 'intake@smithlaw.com'],
      intakeMailbox: 'intake@smithlaw.com', intakeOwner: 'intake@smithlaw.com', firmDomains: ['smithlaw.com'],
      timeZone: 'America/New_York', awaitingReplyBusinessDays: 3, pollIntervalSeconds: 300,
    });
  });

  it('refuses scan settings that cannot work, naming each variable', () => {
    const problems = problemsOf({
      ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_SCAN_MAILBOXES: 'dana@smithlaw.com', ONUS_INTAKE_MAILBOX: 'front@smithlaw.com',
      ONUS_FIRM_TIME_ZONE: 'Eastern', ONUS_AWAITING_REPLY_DAYS: '0', ONUS_GRAPH_BASE_URL: 'http://graph.example/v1.0',
    }).join('\n');
    for (const name of ['ONUS_SCAN_MAILBOXES: scanning needs ONUS_CLIENT_CERTIFICATE or ONUS_CLIENT_SECRET', 'ONUS_INTAKE_MAILBOX: must be one of', 'ONUS_FIRM_TIME_ZONE', 'ONUS_AWAITING_REPLY_DAYS', 'ONUS_GRAPH_BASE_URL']) {
      expect(problems).toContain(name);
    }
  });

  it('documents every variable it reads', () => {
    expect(describeConfig().map((v) => v.name)).toEqual([
      'PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL', 'PUBLIC_URL', 'ONUS_TENANT_ID', 'ONUS_CLIENT_ID', 'ONUS_ALLOWED_TENANTS',
      'ONUS_AUTHORITY_HOST', 'ONUS_CLIENT_SECRET', 'ONUS_CLIENT_CERTIFICATE', 'ONUS_TOKEN_CACHE_KEY', 'ONUS_SCAN_MAILBOXES', 'ONUS_INTAKE_MAILBOX',
      'ONUS_INTAKE_OWNER', 'ONUS_FIRM_DOMAINS', 'ONUS_FIRM_TIME_ZONE', 'ONUS_AWAITING_REPLY_DAYS', 'ONUS_SCAN_INTERVAL_SECONDS',
      'ONUS_GRAPH_BASE_URL', 'ONUS_DEMO_MAILBOXES', 'ADDIN_DIR',
    ]);
    expect(describeConfig().every((v) => v.meaning.length > 0 && v.default.length > 0)).toBe(true);
  });
});

describe('startServer with a bad configuration', () => {
  it('refuses to start, names ONUS_CLIENT_ID, and touches no disk', async () => {
    const parent = await makeDataDir();
    const dataDir = path.join(parent, 'never-created');
    try {
      await expect(startServer({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ONUS_TENANT_ID: TENANT }))
        .rejects.toThrow(/ONUS_CLIENT_ID/);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await removeDataDir(parent);
    }
  });
});
