// The pane's token provider: reads the server's sign-in settings once, picks the best source
// this host supports, and falls back to the next when one is unavailable here.
//
//   getToken()          silent first; interactive only when silent can't finish (or after Retry)
//   refresh(challenge)  after a 401: a forced refresh, or the API's claims; the caller retries once
//   requireInteraction  the user saw a sign-in message; their Retry may show sign-in UI
import { apiScope, type AuthConfig } from './config';
import { InteractionNeeded, SignInError, SourceUnavailable } from './errors';
import { chooseTokenSources, demoTokenSource, dialogTokenSource, hostSsoTokenSource, naaTokenSource } from './sources';
import type { AuthHost, Challenge, NaaClient, TokenProvider, TokenSource, TokenSourceKind } from './types';

export interface TokenProviderDeps {
  readonly loadConfig: () => Promise<AuthConfig>;
  /** The Outlook host's auth features; null outside Outlook. */
  readonly host: AuthHost | null;
  /** Host name the pane is served from (location.host): part of the API's scope. */
  readonly apiHost: string;
  readonly fetchDemoToken: () => Promise<string>;
  readonly createNaaClient: (config: Extract<AuthConfig, { mode: 'entra' }>) => Promise<NaaClient>;
  /** Absolute URL of auth-dialog.html. */
  readonly dialogUrl: string;
}

type Refresh = Exclude<Challenge, { kind: 'consent' }>;
interface Attempt { readonly forceRefresh?: boolean; readonly claims?: string; readonly interactiveFirst: boolean }

async function makeSources(deps: TokenProviderDeps): Promise<TokenSource[]> {
  const config = await deps.loadConfig();
  const kinds = chooseTokenSources(config, deps.host);
  const make = async (kind: TokenSourceKind): Promise<TokenSource> => {
    if (kind === 'demo') return demoTokenSource(deps.fetchDemoToken);
    if (config.mode !== 'entra' || !deps.host) throw new SourceUnavailable(`no ${kind} sign-in outside Outlook`);
    if (kind === 'naa') return naaTokenSource(await deps.createNaaClient(config), apiScope(config, deps.apiHost));
    if (kind === 'host-sso') return hostSsoTokenSource(deps.host);
    return dialogTokenSource(deps.host, deps.dialogUrl);
  };
  return Promise.all(kinds.map(make));
}

async function obtain(source: TokenSource, attempt: Attempt): Promise<string> {
  const { forceRefresh, claims } = attempt;
  if (attempt.interactiveFirst) return source.interactive({ claims });
  try {
    return await source.silent({ forceRefresh, claims });
  } catch (err) {
    if (err instanceof InteractionNeeded) return source.interactive({ claims: claims ?? err.claims });
    throw err;
  }
}

export function createTokenProvider(deps: TokenProviderDeps): TokenProvider {
  let sources: Promise<TokenSource[]> | null = null;
  let interactionAllowed = false;
  let inflight: Promise<string> | null = null;

  const sourcesNow = (): Promise<TokenSource[]> => {
    if (!sources) {
      const pending = makeSources(deps);
      pending.catch(() => { if (sources === pending) sources = null; });
      sources = pending;
    }
    return sources;
  };

  async function run(attempt: Attempt): Promise<string> {
    const list = await sourcesNow();
    if (list.length === 0) throw new SignInError('sign_in_failed', 'this version of Outlook offers no way to sign in to Onus; update Outlook or use Outlook on the web');
    for (;;) {
      const [source] = list;
      if (!source) throw new SignInError('sign_in_failed', 'no sign-in method worked in this Outlook');
      try {
        return await obtain(source, attempt);
      } catch (err) {
        if (!(err instanceof SourceUnavailable)) throw err;
        list.shift(); // this way does not work here; the next one gets the same attempt
      }
    }
  }

  return {
    getToken() {
      if (!inflight) {
        const interactiveFirst = interactionAllowed;
        interactionAllowed = false;
        const pending = run({ interactiveFirst }).finally(() => { if (inflight === pending) inflight = null; });
        inflight = pending;
      }
      return inflight;
    },
    refresh(challenge: Refresh) {
      const claims = challenge.kind === 'claims' ? challenge.claims : undefined;
      return run({ forceRefresh: true, claims, interactiveFirst: false });
    },
    requireInteraction() {
      interactionAllowed = true;
    },
  };
}
