// Microsoft Entra ID v2 access tokens for the Onus app registration.
// Each allowed tenant's signing keys are fetched lazily, on its first token, then cached by jose
// (re-fetched after 10 minutes, or sooner when a token names a key not seen yet: key rotation).
import { createRemoteJWKSet, decodeJwt, errors as jose, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import { errors } from '../errors';
import { createJwtVerifier, KeySetUnavailable, type TokenVerifier } from './verifier';

type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

/** How long a fetched key set is trusted, and the least time between two fetches for an unknown key. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
const KEYS_COOLDOWN_MS = 30_000;

export const entraIssuer = (authorityHost: string, tenantId: string): string => `${authorityHost}/${tenantId}/v2.0`;

export function createEntraVerifier(auth: EntraConfig, now: () => Date): TokenVerifier {
  // v2 tokens carry the client id as audience; tokens requested as api://<client id>/.default keep that form.
  const audience = [auth.clientId, `api://${auth.clientId}`];
  const byIssuer = new Map<string, TokenVerifier>(auth.allowedTenants.map((tid) => {
    const issuer = entraIssuer(auth.authorityHost, tid);
    const keys = guardKeySet(createRemoteJWKSet(new URL(`${auth.authorityHost}/${tid}/discovery/v2.0/keys`), {
      cacheMaxAge: KEYS_MAX_AGE_MS, cooldownDuration: KEYS_COOLDOWN_MS,
    }));
    return [issuer, createJwtVerifier({ keys, issuer, audience, now, check: issuedBy(tid) })];
  }));
  return {
    verify(token) {
      const verifier = byIssuer.get(plausibleIssuer(token, audience));
      if (verifier === undefined) throw errors.invalidToken();
      return verifier.verify(token);
    },
  };
}

/** After the signature: the token's tenant must be the tenant whose issuer and keys verified it. */
function issuedBy(tid: string): (payload: JWTPayload) => void {
  return (payload) => {
    if (typeof payload['tid'] !== 'string' || payload['tid'].toLowerCase() !== tid) throw errors.invalidToken();
  };
}

/**
 * The issuer of a token whose unverified claims could pass, or '' — before any key fetch, so a
 * stray or forged token for another app or tenant costs no round trip to Microsoft.
 */
function plausibleIssuer(token: string, audience: readonly string[]): string {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch {
    throw errors.invalidToken();
  }
  const aud = [claims.aud ?? []].flat();
  return aud.some((a) => audience.includes(a)) && typeof claims.iss === 'string' ? claims.iss : '';
}

/** A key set whose fetch failures say "Microsoft unreachable" (503) rather than "bad token" (401). */
function guardKeySet(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (err) {
      if (err instanceof jose.JWKSNoMatchingKey || err instanceof jose.JWKSMultipleMatchingKeys) throw err;
      throw new KeySetUnavailable('Could not fetch the Microsoft signing keys', { cause: err });
    }
  };
}
