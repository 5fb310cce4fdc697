// Which way the pane signs in on each host, and how it falls back, with fakes of the Outlook
// host and of MSAL (MSAL itself needs a real authority).
import { describe, expect, it } from 'vitest';
import { apiScope, loadAuthConfig, type AuthConfig } from '../../addin/auth/config';
import { InteractionNeeded, SignInError, SourceUnavailable } from '../../addin/auth/errors';
import { createTokenProvider } from '../../addin/auth/provider';
import { chooseTokenSources } from '../../addin/auth/sources';
import type { TokenSourceKind } from '../../addin/auth/types';
import { ENTRA, Script, fakeHost, fakeNaa, json, type HostAbilities } from './fakes';

const DEMO: AuthConfig = { mode: 'demo' };

describe('chooseTokenSources', () => {
  const cases: { name: string; config: AuthConfig; host: HostAbilities | null; expected: TokenSourceKind[] }[] = [
    { name: 'demo server, no Outlook', config: DEMO, host: null, expected: ['demo'] },
    { name: 'demo server inside Outlook (never touches host sign-in)', config: DEMO, host: { naa: true, sso: true, dialog: true }, expected: ['demo'] },
    { name: 'tenant, NAA host', config: ENTRA, host: { naa: true, sso: true, dialog: true }, expected: ['naa', 'host-sso', 'dialog'] },
    { name: 'tenant, no NAA (older Outlook)', config: ENTRA, host: { sso: true, dialog: true }, expected: ['host-sso', 'dialog'] },
    { name: 'tenant, only the dialog API', config: ENTRA, host: { dialog: true }, expected: ['dialog'] },
    { name: 'tenant, nothing supported', config: ENTRA, host: {}, expected: [] },
    { name: 'tenant, no Outlook host (plain browser)', config: ENTRA, host: null, expected: [] },
  ];
  it.each(cases)('$name → $expected', ({ config, host, expected }) => {
    expect(chooseTokenSources(config, host ? fakeHost(new Script({}), host) : null)).toEqual(expected);
  });
});

function provider(config: AuthConfig, script: Script, can: HostAbilities | null) {
  const host = can ? fakeHost(script, can) : null;
  const tokens = createTokenProvider({
    loadConfig: () => Promise.resolve(config),
    host,
    apiHost: 'onus.firm.example',
    fetchDemoToken: () => script.next('demo.fetch'),
    createNaaClient: () => Promise.resolve(fakeNaa(script)),
    dialogUrl: 'https://onus.firm.example/auth-dialog.html',
  });
  return { tokens, host };
}

describe('token provider', () => {
  it('demo mode fetches the demo token once and reuses it', async () => {
    const script = new Script({ 'demo.fetch': ['demo-1'] });
    const { tokens } = provider(DEMO, script, null);
    expect(await Promise.all([tokens.getToken(), tokens.getToken()])).toEqual(['demo-1', 'demo-1']);
    expect(await tokens.getToken()).toBe('demo-1');
    expect(script.calls).toEqual(['demo.fetch']);
  });

  it('NAA: silent first, popup only when silent needs interaction', async () => {
    const script = new Script({ 'naa.silent': [new InteractionNeeded(), 't2'], 'naa.popup': ['t1'] });
    const { tokens } = provider(ENTRA, script, { naa: true, sso: true, dialog: true });
    expect(await tokens.getToken()).toBe('t1');
    expect(await tokens.getToken()).toBe('t2');
    expect(script.calls).toEqual(['naa.silent', 'naa.popup', 'naa.silent']);
  });

  it('shares one sign-in between concurrent requests (one popup, not three)', async () => {
    const script = new Script({ 'naa.silent': [new InteractionNeeded()], 'naa.popup': ['t1'] });
    const { tokens } = provider(ENTRA, script, { naa: true });
    expect(await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()])).toEqual(['t1', 't1', 't1']);
    expect(script.calls).toEqual(['naa.silent', 'naa.popup']);
  });

  it('falls back from NAA to host SSO to the dialog when a way is unavailable here', async () => {
    const script = new Script({
      'naa.silent': [new SourceUnavailable('bridge disabled')],
      'host.sso': [new SourceUnavailable('13012')],
      dialog: ['from-dialog'],
    });
    const { tokens, host } = provider(ENTRA, script, { naa: true, sso: true, dialog: true });
    expect(await tokens.getToken()).toBe('from-dialog');
    expect(await tokens.getToken()).toBe('from-dialog'); // kept in memory: no second dialog
    expect(script.calls).toEqual(['naa.silent', 'host.sso', 'dialog']);
    expect(host?.dialogUrls).toEqual(['https://onus.firm.example/auth-dialog.html']);
  });

  it('asks NAA for our API scope, forced after an expired token, with the claims of a challenge', async () => {
    const script = new Script({ 'naa.silent': ['a', 'b', new InteractionNeeded()], 'naa.popup': ['c'] });
    const { tokens } = provider(ENTRA, script, { naa: true });
    await tokens.getToken();
    await tokens.refresh({ kind: 'expired' });
    await tokens.refresh({ kind: 'claims', claims: '{"access_token":{}}' });
    expect(script.calls).toEqual(['naa.silent', 'naa.silent(force)', 'naa.silent(force,claims={"access_token":{}})', 'naa.popup(claims={"access_token":{}})']);
  });

  it('after requireInteraction, the next getToken goes straight to sign-in UI, once', async () => {
    const script = new Script({ 'naa.silent': ['s'], 'naa.popup': ['p'] });
    const { tokens } = provider(ENTRA, script, { naa: true });
    tokens.requireInteraction();
    expect(await tokens.getToken()).toBe('p');
    expect(await tokens.getToken()).toBe('s');
    expect(script.calls).toEqual(['naa.popup', 'naa.silent']);
  });

  it('says plainly when this Outlook offers no way to sign in', async () => {
    const { tokens } = provider(ENTRA, new Script({}), {});
    await expect(tokens.getToken()).rejects.toThrow(/no way to sign in/);
    await expect(tokens.getToken()).rejects.toBeInstanceOf(SignInError);
  });

  it('passes a cancelled sign-in through as one clear message', async () => {
    const script = new Script({ 'naa.silent': [new InteractionNeeded()], 'naa.popup': [new SignInError('sign_in_cancelled')] });
    const { tokens } = provider(ENTRA, script, { naa: true });
    await expect(tokens.getToken()).rejects.toThrow(/Sign-in was cancelled.*Retry/);
  });
});

describe('apiScope', () => {
  it('is the delegated scope of the Application ID URI api://<host>/<client id>', () => {
    if (ENTRA.mode !== 'entra') throw new Error('fixture');
    expect(apiScope(ENTRA, 'onus.firm.example')).toBe(`api://onus.firm.example/${ENTRA.clientId}/access_as_user`);
  });
});

describe('loadAuthConfig (GET /api/config)', () => {
  const respond = (res: Response): typeof fetch => () => Promise.resolve(res);
  it('treats 404 (a server without the route) as demo mode', async () => {
    expect(await loadAuthConfig('', respond(new Response('', { status: 404 })))).toEqual({ mode: 'demo' });
  });
  it('reads tenant settings', async () => {
    expect(await loadAuthConfig('', respond(json(200, ENTRA)))).toEqual(ENTRA);
  });
  it.each([
    ['a placeholder client id', { ...ENTRA, clientId: 'YOUR-CLIENT-ID' }],
    ['an http authority', { ...ENTRA, authority: 'http://login.microsoftonline.com/x' }],
    ['an unknown mode', { mode: 'ldap' }],
  ])('rejects %s', async (_name, body) => {
    await expect(loadAuthConfig('', respond(json(200, body)))).rejects.toThrow(/unexpected answer for the sign-in settings/);
  });
  it('reports an unreachable server', async () => {
    await expect(loadAuthConfig('', () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(/Can't reach the Onus server/);
  });
});
