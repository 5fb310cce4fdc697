// Fakes of the Outlook auth host, the NAA client and the API, recording what the pane asked for.
import type { AuthConfig } from '../../addin/auth/config';
import type { AuthHost, NaaClient, TokenRequest } from '../../addin/auth/types';

export const ENTRA: AuthConfig = {
  mode: 'entra',
  clientId: '11111111-2222-4333-8444-555555555555',
  tenantId: '66666666-7777-4888-9999-000000000000',
  authority: 'https://login.microsoftonline.com/66666666-7777-4888-9999-000000000000',
};

type Step = string | Error;

/** Answers each call with the next scripted step (a token or an error); records every call. */
export class Script {
  readonly calls: string[] = [];
  constructor(private readonly steps: Record<string, Step[]>) {}
  next(name: string, detail = ''): Promise<string> {
    this.calls.push(detail ? `${name}(${detail})` : name);
    const step = this.steps[name]?.shift();
    if (step === undefined) return Promise.reject(new Error(`unscripted call ${name}`));
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  }
}

const describe = (r: TokenRequest | { claims?: string }): string =>
  ['forceRefresh' in r && r.forceRefresh ? 'force' : '', r.claims ? `claims=${r.claims}` : ''].filter(Boolean).join(',');

export function fakeNaa(script: Script): NaaClient {
  return {
    acquireSilent: (r) => script.next('naa.silent', describe(r)),
    acquireInteractive: (r) => script.next('naa.popup', describe(r)),
  };
}

export interface HostAbilities { naa?: boolean; sso?: boolean; dialog?: boolean }

export function fakeHost(script: Script, can: HostAbilities): AuthHost & { dialogUrls: string[] } {
  const dialogUrls: string[] = [];
  return {
    dialogUrls,
    supportsNaa: () => can.naa === true,
    supportsHostSso: () => can.sso === true,
    supportsDialog: () => can.dialog === true,
    getHostSsoToken: (o) => script.next('host.sso', describe(o)),
    signInWithDialog: (url) => { dialogUrls.push(url); return script.next('dialog'); },
  };
}

/** A fake API: answers each request with the next scripted response, recording the bearer token. */
export function fakeApi(responses: Response[]): { send: (token: string) => Promise<Response>; tokens: string[] } {
  const tokens: string[] = [];
  return {
    tokens,
    send: (token) => {
      tokens.push(token);
      const res = responses.shift();
      return res ? Promise.resolve(res) : Promise.reject(new Error('unscripted API request'));
    },
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
