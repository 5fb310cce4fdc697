// The ways the pane gets a token, and which ones this host can use, best first:
//   demo      the server's demo issuer (GET /api/demo/token), when the server says demo
//   naa       Nested App Authentication (MSAL.js nestable client), NestedAppAuth 1.1
//   host-sso  the host's legacy SSO (getAccessToken), IdentityAPI 1.3
//   dialog    our sign-in page (auth-dialog.html) in a host dialog, MSAL redirect inside it
import type { AuthConfig } from './config';
import { InteractionNeeded } from './errors';
import type { AuthHost, NaaClient, TokenSource, TokenSourceKind } from './types';

/** Sources to try in order; empty when the server wants Microsoft sign-in and the host offers none. */
export function chooseTokenSources(config: AuthConfig, host: AuthHost | null): TokenSourceKind[] {
  if (config.mode === 'demo') return ['demo'];
  if (!host) return [];
  const kinds: TokenSourceKind[] = [];
  if (host.supportsNaa()) kinds.push('naa');
  if (host.supportsHostSso()) kinds.push('host-sso');
  if (host.supportsDialog()) kinds.push('dialog');
  return kinds;
}

export function demoTokenSource(fetchToken: () => Promise<string>): TokenSource {
  let cached: Promise<string> | null = null;
  const get = (): Promise<string> => {
    if (!cached) {
      const pending = fetchToken();
      pending.catch(() => { if (cached === pending) cached = null; });
      cached = pending;
    }
    return cached;
  };
  return {
    kind: 'demo',
    silent: ({ forceRefresh }) => { if (forceRefresh) cached = null; return get(); },
    interactive: () => { cached = null; return get(); },
  };
}

/** MSAL caches and refreshes NAA tokens itself; the pane keeps none. */
export function naaTokenSource(client: NaaClient, scope: string): TokenSource {
  const scopes = [scope];
  return {
    kind: 'naa',
    silent: ({ forceRefresh, claims }) => client.acquireSilent({ scopes, forceRefresh, claims }),
    interactive: ({ claims }) => client.acquireInteractive({ scopes, claims }),
  };
}

/** The host caches SSO tokens and refreshes expired ones; it may prompt, so silent = interactive. */
export function hostSsoTokenSource(host: AuthHost): TokenSource {
  return {
    kind: 'host-sso',
    silent: ({ claims }) => host.getHostSsoToken({ claims }),
    interactive: ({ claims }) => host.getHostSsoToken({ claims }),
  };
}

/** The dialog always shows UI, so its token is kept in memory until the API refuses it. */
export function dialogTokenSource(host: AuthHost, dialogUrl: string): TokenSource {
  let token: string | null = null;
  const open = async (claims?: string): Promise<string> => {
    const url = claims ? `${dialogUrl}?claims=${encodeURIComponent(claims)}` : dialogUrl;
    token = await host.signInWithDialog(url);
    return token;
  };
  return {
    kind: 'dialog',
    silent: async ({ forceRefresh, claims }) => {
      if (token && !forceRefresh && !claims) return token;
      token = null;
      throw new InteractionNeeded(claims);
    },
    interactive: ({ claims }) => open(claims),
  };
}
