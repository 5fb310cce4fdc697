// How the pane gets its bearer token. Today: the server's demo mode. Real SSO (Nested App
// Authentication) replaces the body of getApiToken() and nothing else.
import { z } from 'zod';
import { errorFromResponse, unexpectedShape, unreachable } from './errors';

const tokenResponseSchema = z.object({ token: z.string().min(1) });

const cache = new Map<string, Promise<string>>();

async function fetchDemoToken(baseUrl: string, user: string): Promise<string> {
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

/** A bearer token for `user` (the mailbox address), fetched once and reused. */
export function getApiToken(baseUrl: string, user: string): Promise<string> {
  const key = `${baseUrl}|${user.toLowerCase()}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchDemoToken(baseUrl, user);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Forget the cached token (after a 401) so the next call fetches a fresh one. */
export function forgetApiToken(baseUrl: string, user: string): void {
  cache.delete(`${baseUrl}|${user.toLowerCase()}`);
}
