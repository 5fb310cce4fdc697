// What Microsoft's token endpoint said, as an API error the pane can act on.
//   AADSTS65001  (consent required)  → 403 consent_required, with the admin-consent link
//   AADSTS500133 (assertion expired) → 401 token_expired: get a fresh token and retry
//   anything else (bad secret, unreachable) → 503 auth_unavailable; the cause goes to the log
import { AuthError } from '@azure/msal-node';
import { ApiError, errors } from '../errors';

export interface ConsentTarget {
  readonly authorityHost: string;
  readonly tenantId: string;
  readonly clientId: string;
}

export function adminConsentUrl({ authorityHost, tenantId, clientId }: ConsentTarget): string {
  return `${authorityHost}/${tenantId}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
}

/** The AADSTS number of an msal-node error, if Microsoft sent one. */
export function aadstsCode(err: unknown): number | null {
  if (!(err instanceof AuthError)) return null;
  const fromNumber = 'errorNo' in err && typeof err.errorNo === 'string' ? Number(err.errorNo) : NaN;
  if (Number.isInteger(fromNumber) && fromNumber > 0) return fromNumber;
  const match = /AADSTS(\d+)/.exec(err.errorMessage);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function toTokenApiError(err: unknown, consent: ConsentTarget): ApiError {
  if (err instanceof ApiError) return err;
  switch (aadstsCode(err)) {
    case 65001: return errors.consentRequired(adminConsentUrl(consent));
    case 500133: return errors.tokenExpired();
    default: return errors.authUnavailable();
  }
}

/** For the log: codes only. msal messages can quote the request, and never the token, but stay terse. */
export function describeTokenError(err: unknown): Record<string, unknown> {
  if (err instanceof AuthError) return { type: err.name, errorCode: err.errorCode, subError: err.subError, aadsts: aadstsCode(err), correlationId: err.correlationId };
  return { type: err instanceof Error ? err.name : typeof err };
}
