// How the pane gets its bearer token: the server says which sign-in it expects (GET /api/config;
// 404 = demo), and addin/auth/ picks the way this host supports (NAA, host SSO, or our dialog).
import { z } from 'zod';
import type { AuthHost, TokenProvider } from '../auth/types';
import { loadAuthConfig } from '../auth/config';
import { createTokenProvider } from '../auth/provider';
import { errorFromResponse, unexpectedShape, unreachable } from './errors';

const tokenResponseSchema = z.object({ token: z.string().min(1) });

/** A demo-issuer token for `user` (demo mode only; the route is absent with a tenant configured). */
export async function fetchDemoToken(baseUrl: string, user: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/api/demo/token?user=${encodeURIComponent(user)}`, { headers: { accept: 'application/json' } });
  } catch (err) {
    throw unreachable(err);
  }
  if (!res.ok) throw await errorFromResponse(res);
  const parsed = tokenResponseSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw unexpectedShape('sign-in');
  return parsed.data.token;
}

export interface ApiTokensOptions {
  /** '' for the origin that served the pane. */
  readonly baseUrl: string;
  /** The mailbox address (demo tokens are issued for it). */
  readonly user: string;
  /** The Outlook host's sign-in features; null outside Outlook. */
  readonly host: AuthHost | null;
}

export function createApiTokens({ baseUrl, user, host }: ApiTokensOptions): TokenProvider {
  const origin = baseUrl || window.location.origin;
  return createTokenProvider({
    loadConfig: () => loadAuthConfig(baseUrl),
    host,
    apiHost: new URL(origin).host,
    fetchDemoToken: () => fetchDemoToken(baseUrl, user),
    // MSAL is loaded only when the server wants Microsoft sign-in: demo panes never download it.
    createNaaClient: async (config) => (await import(/* webpackChunkName: "msal" */ '../auth/msal')).createMsalNaaClient(config),
    dialogUrl: `${origin}/auth-dialog.html`,
  });
}
