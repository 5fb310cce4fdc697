// Microsoft Entra ID v2 access tokens for the Onus app registration.
// The signing keys are fetched lazily, on the first token to verify, never at start.
import { createRemoteJWKSet, decodeJwt, errors as jose, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import { errors } from '../errors';
import { createJwtVerifier, KeySetUnavailable, type TokenVerifier } from './verifier';

type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

const LOGIN = 'https://login.microsoftonline.com';

export const entraIssuer = (tenantId: string): string => `${LOGIN}/${tenantId}/v2.0`;

export function createEntraVerifier(auth: EntraConfig, now: () => Date): TokenVerifier {
  const issuers = auth.allowedTenants.map(entraIssuer);
  // v2 tokens carry the client id as audience; tokens requested as api://<client id>/.default keep that form.
  const audience = [auth.clientId, `api://${auth.clientId}`];
  const keysTenant = auth.allowedTenants.length === 1 ? auth.tenantId : 'common';
  const keys = guardKeySet(createRemoteJWKSet(new URL(`${LOGIN}/${keysTenant}/discovery/v2.0/keys`)));
  const verifier = createJwtVerifier({ keys, issuer: issuers, audience, now, check: tenantAllowed(auth) });
  return {
    verify(token) {
      rejectForeign(token, issuers, audience);
      return verifier.verify(token);
    },
  };
}

/** The token's tenant must be allowed, and must be the tenant its issuer names. */
function tenantAllowed(auth: EntraConfig): (payload: JWTPayload) => void {
  return (payload) => {
    const tid = typeof payload['tid'] === 'string' ? payload['tid'].toLowerCase() : '';
    if (!auth.allowedTenants.includes(tid) || payload.iss !== entraIssuer(tid)) throw errors.invalidToken();
  };
}

/**
 * Refuses, before any key fetch, tokens whose unverified claims could never pass: another issuer
 * or audience. Saves a round trip to Microsoft for every stray or forged token.
 */
function rejectForeign(token: string, issuers: readonly string[], audience: readonly string[]): void {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch {
    throw errors.invalidToken();
  }
  const aud = [claims.aud ?? []].flat();
  if (!issuers.includes(claims.iss ?? '') || !aud.some((a) => audience.includes(a))) throw errors.invalidToken();
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
