// The server's log during a run of real, authenticated traffic (identity emulator, on-behalf-of,
// refusals) at the most verbose level: no token, client secret, cache key, authorization header
// value or email text may appear in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpSchema } from '../../shared/followup';
import { CLIENT_ID, CLIENT_SECRET, TENANT_A, startEntraHarness, type EntraHarness } from '../helpers/entra';
import { newFollowUp, removeDataDir } from '../helpers/server';

const lines: string[] = [];
const tokens: string[] = [];
let h: EntraHarness;

const TITLE = 'Privileged: please wire the settlement funds to escrow account 4417 before Friday.';
const SNIPPET = 'Per our call, the client will accept 1.2M if the NDA covers the Hallworth documents.';
const SUBJECT = 'PRIVILEGED & CONFIDENTIAL: Hallworth settlement terms';

beforeAll(async () => {
  h = await startEntraHarness({ env: { LOG_LEVEL: 'trace' }, logTo: { write: (line: string) => void lines.push(line) } });
  const token = async (...args: Parameters<EntraHarness['token']>) => {
    const t = await h.token(...args);
    tokens.push(t);
    return t;
  };
  const ann = await token({ user: 'ann@contoso.example', roles: ['Admin'] });
  const call = h.app.call;
  await call('/api/me', { token: ann });
  const created = followUpSchema.parse((await call('/api/followups', {
    token: ann, json: newFollowUp({ title: TITLE, snippet: SNIPPET, owner: 'bob@contoso.example', source: { messageId: 'm-log', conversationId: 'c-log', subject: SUBJECT } }),
  })).body);
  await call(`/api/followups/${created.id}`, { token: ann, method: 'PATCH', json: { title: `${TITLE} (revised)` } });
  await call(`/api/followups?owner=bob@contoso.example&conversationId=c-log`, { token: ann });
  await call(`/api/followups/${created.id}/history`, { token: ann });
  await call('/api/admin/firm', { token: ann });
  await call('/api/directory/me', { token: ann });
  await call('/api/directory/me', { token: await token({ user: 'cal@contoso.example', claims: { exp: Math.floor(Date.now() / 1000) - 30 } }) });
  h.idp.revokeConsent(TENANT_A, CLIENT_ID);
  await call('/api/directory/me', { token: await token({ user: 'dee@contoso.example' }) });
  h.idp.grantConsent(TENANT_A, CLIENT_ID);
  await call('/api/me', { token: `${ann.slice(0, -4)}AAAA` });
  await call('/api/me', { token: await token({ claims: { exp: Math.floor(Date.now() / 1000) - 600 } }) });
  await call('/api/followups', { token: ann, body: `{"title": "${TITLE}"`, headers: { 'content-type': 'application/json' } });
  await call('/api/followups', { token: ann, json: newFollowUp({ title: TITLE, snippet: 'z'.repeat(300 * 1024) }) });
});
afterAll(async () => {
  await h.close();
  await removeDataDir(h.app.dataDir);
});

describe('the log of an authenticated run', () => {
  it('recorded the run (requests, refusals, the token exchange)', () => {
    const log = lines.join('');
    expect(log).toContain('"path":"/api/directory/me"');
    expect(log).toContain('"status":403');
    expect(log).toContain('token request refused');
    expect(tokens.length).toBeGreaterThan(3);
  });

  it('holds no token, secret, key, authorization value or email text', () => {
    const log = lines.join('');
    const forbidden = [
      ...tokens, ...tokens.map((t) => t.split('.')[2] ?? ''), 'eyJ', 'Bearer ', CLIENT_SECRET, h.cacheKey.toString('base64'),
      TITLE, SNIPPET, SUBJECT, 'settlement funds', 'Hallworth', 'bob@contoso.example', 'access_token', 'refresh_token', 'rt-',
    ];
    for (const secret of forbidden) expect(log, `the log contains ${secret.slice(0, 40)}`).not.toContain(secret);
  });
});
