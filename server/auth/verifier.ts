// Verifies a bearer token: RS256 signature against a key set, issuer, audience, exp/nbf (60 s leeway).
import { errors as jose, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ApiError, errors } from '../errors';
import { identityFromClaims } from './claims';
import type { Identity } from './identity';

export interface TokenVerifier {
  /** Resolves the caller, or rejects with a 401/403/503 ApiError. */
  verify(token: string): Promise<Identity>;
}

export interface JwtRules {
  readonly keys: JWTVerifyGetKey;
  readonly issuer: string | readonly string[];
  readonly audience: string | readonly string[];
  readonly now: () => Date;
  /** Further checks on verified claims (tenant allow-list); throw an ApiError to refuse. */
  readonly check?: (payload: JWTPayload) => void;
}

export const CLOCK_TOLERANCE_SECONDS = 60;

/** Thrown by a key set that could not be fetched: the caller's token is not at fault. */
export class KeySetUnavailable extends Error {
  override readonly name = 'KeySetUnavailable';
}

export function createJwtVerifier(rules: JwtRules): TokenVerifier {
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, rules.keys, {
          issuer: [rules.issuer].flat(),
          audience: [rules.audience].flat(),
          algorithms: ['RS256'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: rules.now(),
          requiredClaims: ['exp', 'iat'],
        }));
      } catch (err) {
        throw toAuthError(err);
      }
      rules.check?.(payload);
      return identityFromClaims(payload);
    },
  };
}

function toAuthError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof KeySetUnavailable) return errors.authUnavailable();
  if (err instanceof jose.JWTExpired) return errors.tokenExpired();
  if (err instanceof jose.JOSEError || err instanceof TypeError) return errors.invalidToken();
  throw err;
}
