// HTTP errors with stable ids. Clients switch on `error`; `message` is for a person to act on.
// The body always matches apiErrorSchema from shared/followup.
import type { ApiError as ApiErrorBody } from '../shared/followup';

export type ErrorId =
  | 'invalid_request'
  | 'invalid_json'
  | 'missing_token'
  | 'token_expired'
  | 'invalid_token'
  | 'forbidden'
  | 'consent_required'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'auth_unavailable';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: ErrorId,
    message: string,
    readonly field?: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** More fields of the body, e.g. consentUrl. */
    readonly extra: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ApiErrorBody {
    return this.field === undefined
      ? { error: this.id, message: this.message, ...this.extra }
      : { error: this.id, message: this.message, field: this.field, ...this.extra };
  }
}

const REALM = 'Bearer realm="onus"';

export const errors = {
  invalidRequest: (field: string | undefined, message: string) =>
    new ApiError(400, 'invalid_request', message, field),
  invalidJson: () =>
    new ApiError(400, 'invalid_json', 'The request body is not valid JSON.'),
  missingToken: () =>
    new ApiError(401, 'missing_token', 'Sign in first: send an access token as "Authorization: Bearer <token>".', undefined, { 'WWW-Authenticate': REALM }),
  tokenExpired: () =>
    new ApiError(401, 'token_expired', 'Your sign-in expired; get a new access token and retry.', undefined, {
      'WWW-Authenticate': `${REALM}, error="invalid_token", error_description="The access token expired"`,
    }),
  invalidToken: () =>
    new ApiError(401, 'invalid_token', 'The access token is not valid for Onus; sign in again.', undefined, {
      'WWW-Authenticate': `${REALM}, error="invalid_token"`,
    }),
  forbidden: (message: string) => new ApiError(403, 'forbidden', message),
  consentRequired: (consentUrl: string) =>
    new ApiError(403, 'consent_required', 'Onus needs an administrator’s consent before it can read the directory for your firm: send your Microsoft 365 administrator the consent link.', undefined, {}, { consentUrl }),
  notFound: (what: string) => new ApiError(404, 'not_found', `${what} was not found.`),
  payloadTooLarge: (limit: string) =>
    new ApiError(413, 'payload_too_large', `The request body is larger than ${limit}; send only the fields of the follow-up.`),
  unsupportedMediaType: () =>
    new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".'),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError(429, 'rate_limited', `Too many requests from this address; wait ${retryAfterSeconds} seconds and try again.`, undefined, {
      'Retry-After': String(retryAfterSeconds),
    }),
  authUnavailable: () =>
    new ApiError(503, 'auth_unavailable', 'Could not reach Microsoft to check your sign-in; try again in a minute.'),
  internal: () =>
    new ApiError(500, 'internal', 'Something went wrong on the Onus server; try again, and tell your administrator if it keeps happening.'),
};
