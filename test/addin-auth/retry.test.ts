// At most one automatic retry per API request, and never a loop: expired, invalid and claims
// challenges get one fresh token; a second refusal, or consent required, becomes one clear
// message (SignInError) and lets the user's Retry show sign-in UI.
import { describe, expect, it } from 'vitest';
import { authorizedFetch } from '../../addin/auth/authorizedFetch';
import { challengeOf, claimsFromHeader } from '../../addin/auth/challenge';
import { SignInError } from '../../addin/auth/errors';
import type { Challenge, TokenProvider } from '../../addin/auth/types';
import { fromHostSsoError } from '../../addin/office/auth';
import { fromMsalError } from '../../addin/auth/msal';
import { InteractionNeeded, SourceUnavailable } from '../../addin/auth/errors';
import { fakeApi, json } from './fakes';

const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
const CLAIMS_HEADER = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(CLAIMS)}"`;

function fakeTokens(): TokenProvider & { log: string[] } {
  const log: string[] = [];
  let n = 0;
  return {
    log,
    getToken: () => { log.push('get'); return Promise.resolve(`t${++n}`); },
    refresh: (c: Exclude<Challenge, { kind: 'consent' }>) => { log.push(`refresh:${c.kind}`); return Promise.resolve(`t${++n}`); },
    requireInteraction: () => { log.push('interaction'); },
  };
}

const OK = () => json(200, { ok: true });
const EXPIRED = () => json(401, { error: 'token_expired', message: 'expired' });
const INVALID = () => json(401, { error: 'invalid_token', message: 'bad' });
const CONSENT = () => json(403, { error: 'consent_required', message: 'AADSTS65001', consentUrl: 'https://login.microsoftonline.com/x/adminconsent?client_id=y' });
const CLAIMS_401 = () => json(401, { error: 'invalid_token', message: 'claims' }, { 'www-authenticate': CLAIMS_HEADER });
const FORBIDDEN = () => json(403, { error: 'forbidden', message: 'Admins only' });

describe('authorizedFetch', () => {
  const cases: { name: string; responses: Response[]; status?: number; error?: RegExp; log: string[]; requests: number }[] = [
    { name: 'accepted at once', responses: [OK()], status: 200, log: ['get'], requests: 1 },
    { name: 'expired, then accepted', responses: [EXPIRED(), OK()], status: 200, log: ['get', 'refresh:expired'], requests: 2 },
    { name: 'invalid, then accepted', responses: [INVALID(), OK()], status: 200, log: ['get', 'refresh:invalid'], requests: 2 },
    { name: 'claims challenge, then accepted', responses: [CLAIMS_401(), OK()], status: 200, log: ['get', 'refresh:claims'], requests: 2 },
    { name: 'expired twice: stops and asks the user', responses: [EXPIRED(), EXPIRED()], error: /Sign in to Onus.*Retry/, log: ['get', 'refresh:expired', 'interaction'], requests: 2 },
    { name: 'claims twice: stops and asks the user', responses: [CLAIMS_401(), CLAIMS_401()], error: /security policy.*Retry/, log: ['get', 'refresh:claims', 'interaction'], requests: 2 },
    { name: 'consent required: no retry at all', responses: [CONSENT()], error: /administrator's approval.*https:\/\/login\.microsoftonline\.com\/x\/adminconsent\?client_id=y.*Retry/, log: ['get', 'interaction'], requests: 1 },
    { name: 'expired, then consent required', responses: [EXPIRED(), CONSENT()], error: /approval link/, log: ['get', 'refresh:expired', 'interaction'], requests: 2 },
    { name: 'a real 403 is passed through untouched', responses: [FORBIDDEN()], status: 403, log: ['get'], requests: 1 },
  ];

  it.each(cases)('$name', async ({ responses, status, error, log, requests }) => {
    const tokens = fakeTokens();
    const api = fakeApi(responses);
    const result = authorizedFetch(tokens, api.send);
    if (error) await expect(result).rejects.toThrow(error);
    else expect((await result).status).toBe(status);
    expect(tokens.log).toEqual(log);
    expect(api.tokens).toHaveLength(requests);
    if (requests === 2) expect(api.tokens).toEqual(['t1', 't2']);
  });

  it('keeps the consent link from the API', async () => {
    const err = await authorizedFetch(fakeTokens(), fakeApi([CONSENT()]).send).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignInError);
    expect((err as SignInError).consentUrl).toMatch(/^https:\/\/login\.microsoftonline\.com\//);
  });

  it('a failed refresh asks the user once instead of retrying', async () => {
    const tokens = fakeTokens();
    tokens.refresh = () => Promise.reject(new SignInError('sign_in_cancelled'));
    await expect(authorizedFetch(tokens, fakeApi([EXPIRED()]).send)).rejects.toThrow(/cancelled/);
    expect(tokens.log).toEqual(['get', 'interaction']);
  });

  it('never sends more than two requests, whatever the API answers', async () => {
    for (const first of [EXPIRED, INVALID, CLAIMS_401, CONSENT]) {
      for (const second of [EXPIRED, INVALID, CLAIMS_401, CONSENT, OK]) {
        const api = fakeApi([first(), second(), OK(), OK()]);
        await authorizedFetch(fakeTokens(), api.send).catch(() => undefined);
        expect(api.tokens.length).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe('challengeOf / claimsFromHeader', () => {
  it('decodes the base64 claims of a Bearer challenge', () => {
    expect(claimsFromHeader(CLAIMS_HEADER)).toBe(CLAIMS);
    expect(claimsFromHeader('Bearer error="invalid_token"')).toBeNull();
    expect(claimsFromHeader('Bearer claims="%%%not-base64"')).toBeNull();
    expect(claimsFromHeader(null)).toBeNull();
  });
  it.each([
    [OK(), null],
    [EXPIRED(), { kind: 'expired' }],
    [INVALID(), { kind: 'invalid' }],
    [new Response('gateway says no', { status: 401 }), { kind: 'invalid' }],
    [CLAIMS_401(), { kind: 'claims', claims: CLAIMS }],
    [FORBIDDEN(), null],
    [json(403, { error: 'consent_required', consentUrl: 'javascript:alert(1)' }), { kind: 'consent', consentUrl: null }],
  ])('%#', async (res, expected) => {
    expect(await challengeOf(res)).toEqual(expected);
  });
});

describe('host error codes', () => {
  it.each([
    [{ code: 13000 }, SourceUnavailable], [{ code: 13012 }, SourceUnavailable], [{ code: 13003 }, SourceUnavailable],
    [{ code: 13001 }, InteractionNeeded], [{ code: 13002 }, SignInError], [{ code: 13005 }, SignInError], [{ code: 13007, message: 'x' }, SignInError],
  ])('getAccessToken %o', (err, type) => {
    expect(fromHostSsoError(err)).toBeInstanceOf(type);
  });
  it('maps consent errors to the consent message', () => {
    expect((fromHostSsoError({ code: 13005 }) as SignInError).problem).toBe('consent_required');
    expect((fromMsalError({ errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: The user or administrator has not consented' }, false) as SignInError).problem).toBe('consent_required');
  });
  it.each([
    [{ errorCode: 'interaction_required' }, true, InteractionNeeded],
    [{ errorCode: 'login_required' }, true, InteractionNeeded],
    [{ errorCode: 'user_cancelled' }, false, SignInError],
    [{ errorCode: 'nested_app_auth_bridge_disabled' }, true, SourceUnavailable],
    [{ errorCode: 'something_else' }, false, SignInError],
  ])('MSAL %o (silent %s)', (err, silent, type) => {
    expect(fromMsalError(err, silent)).toBeInstanceOf(type);
  });
});
