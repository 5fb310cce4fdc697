// The emulator's request/answer values and Graph's error bodies. Handlers return a Reply; the
// pipeline (pipeline.ts) adds request-id, client-request-id, the innerError and content type.

export interface EmuRequest {
  readonly method: string;
  /** As received (still percent-encoded), e.g. /v1.0/users/ann%40contoso.com/messages. */
  readonly path: string;
  /** The raw query string, without '?'. */
  readonly query: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body (undefined when none). */
  readonly body: unknown;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; undefined sends none (202, 204). */
  readonly body?: unknown;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers === undefined ? { status, body } : { status, body, headers };
}

/** {"error":{"code","message"}}; innerError {date, request-id, client-request-id} is added on the way out. */
export function graphError(status: number, code: string, message: string, headers?: Record<string, string>): Reply {
  return json(status, { error: { code, message } }, headers);
}

export const errors = {
  badRequest: (message: string) => graphError(400, 'BadRequest', message),
  segment: (segment: string) => graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  noMe: () => graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.'),
  methodNotAllowed: () => graphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  invalidJson: () => graphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'),
  itemNotFound: () => graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store., The process failed to get the correct properties.'),
  idMalformed: () => graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.'),
  accessDenied: () => graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  directoryDenied: () => graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
  invalidParameter: (message: string) => graphError(400, 'ErrorInvalidParameter', message),
  mailboxNotEnabled: () => graphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.'),
  resourceNotFound: () => graphError(404, 'ResourceNotFound', 'Resource could not be discovered.'),
  userNotFound: (user: string) => graphError(404, 'Request_ResourceNotFound', `Resource '${user}' does not exist or one of its queried reference-property objects are not present.`),
  notImplemented: (message = 'This operation target is not yet supported.') => graphError(501, 'NotImplemented', message),
  unauthenticated: (message: string) => graphError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  }),
  /** 429 as in error-throttled.json: the inner error also carries code/message/status. */
  throttled: (retryAfterSeconds: number): Reply => json(429, {
    error: { code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', message: 'Please retry after', status: '429' } },
  }, { 'Retry-After': String(retryAfterSeconds) }),
  /** An injected server failure (faults.fail): the body Graph sends for 5xx. */
  serverFault: (status: number): Reply => {
    const byStatus: Record<number, [string, string]> = {
      500: ['InternalServerError', 'An internal server error occurred.'],
      502: ['BadGateway', 'The server received an invalid response from an upstream server.'],
      503: ['ServiceNotAvailable', 'The service is temporarily unavailable. Please retry later.'],
      504: ['GatewayTimeout', 'The operation timed out.'],
    };
    const [code, message] = byStatus[status] ?? ['generalException', 'An unspecified error has occurred.'];
    return graphError(status, code, message);
  },
} as const;

/** Graph's innerError date: UTC, seconds precision, no zone suffix ("2023-02-20T05:06:48"). */
export function innerErrorDate(d: Date): string {
  return d.toISOString().slice(0, 19);
}
