// Reads why the API refused a token, without consuming the response body.
//   401 {"error":"token_expired"}                               → expired: refresh silently, retry once
//   401 WWW-Authenticate: Bearer error="insufficient_claims", claims="<base64 JSON>"
//                                                                → claims: ask again with those claims
//   401 {"error":"invalid_token"|"missing_token"|…}              → invalid: fresh token, retry once
//   403 {"error":"consent_required", "consentUrl"?: "…"}         → consent: tell the user, no retry
import type { Challenge } from './types';

interface ErrorBody { readonly error?: unknown; readonly consentUrl?: unknown }

async function bodyOf(res: Response): Promise<ErrorBody> {
  try {
    const body: unknown = await res.clone().json();
    return body !== null && typeof body === 'object' ? (body as ErrorBody) : {};
  } catch {
    return {};
  }
}

/** The claims="…" parameter of a Bearer challenge, base64-decoded; null when absent or unreadable. */
export function claimsFromHeader(header: string | null): string | null {
  const match = header ? /\bclaims="([^"]+)"/i.exec(header) : null;
  if (!match?.[1]) return null;
  const raw = match[1];
  if (raw.trimStart().startsWith('{')) return raw;
  try {
    const json = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    JSON.parse(json);
    return json;
  } catch {
    return null;
  }
}

const mentionsConsent = (text: unknown): boolean => typeof text === 'string' && /consent_required|AADSTS65001/i.test(text);

export async function challengeOf(res: Response): Promise<Challenge | null> {
  if (res.status !== 401 && res.status !== 403) return null;
  const body = await bodyOf(res);
  if (mentionsConsent(body.error)) {
    return { kind: 'consent', consentUrl: typeof body.consentUrl === 'string' && body.consentUrl.startsWith('https://') ? body.consentUrl : null };
  }
  if (res.status === 403) return null; // a real "not allowed": no new token changes it
  const claims = claimsFromHeader(res.headers.get('www-authenticate'));
  if (claims !== null) return { kind: 'claims', claims };
  return body.error === 'token_expired' ? { kind: 'expired' } : { kind: 'invalid' };
}
