// What went wrong talking to Graph, in terms the scanner acts on: the status, Graph's error code
// (Outlook sends PascalCase codes such as SyncStateNotFound), and how long Graph asked us to wait.
import { AuthError } from '@azure/msal-node';
import { GraphError } from '@microsoft/microsoft-graph-client';

export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    /** Seconds from Retry-After, when Graph sent one. */
    readonly retryAfterSeconds: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'GraphFailure';
  }

  /** The delta token is no longer valid: start the folder's sync over (410 Gone, resync codes). */
  get syncReset(): boolean {
    return this.status === 410 || /^(syncStateNotFound|resyncRequired|SyncStateInvalid)$/i.test(this.code ?? '');
  }

  /** Worth another try later: throttled, a server error, or no answer at all. */
  get transient(): boolean {
    return this.status === 429 || this.status >= 500 || this.status === -1;
  }
}

export function toGraphFailure(err: unknown): GraphFailure {
  if (err instanceof GraphFailure) return err;
  if (err instanceof GraphError && err.statusCode <= 0 && /^(ServerError|ClientAuthError|ClientConfigurationError|AuthError)$/.test(err.code ?? '')
    && !/network|timed? ?out|ECONN|ENOTFOUND/i.test(err.message)) {
    // The SDK wraps what the token source threw: msal-node's refusal of the credentials.
    return refusedToken(err.code ?? 'token_refused', err.message, err);
  }
  if (err instanceof GraphError) {
    const retryAfter = Number(err.headers?.get('retry-after') ?? Number.NaN);
    const status = err.statusCode > 0 ? err.statusCode : -1;
    return new GraphFailure(status, err.code, `Microsoft Graph answered ${status} ${err.code ?? ''}: ${err.message}`.trim(),
      Number.isFinite(retryAfter) ? retryAfter : null, { cause: err });
  }
  // The token request itself was refused (wrong secret or certificate, no consent): trying again
  // will not help, and the message says what to fix. Only a network failure is worth a retry.
  if (err instanceof AuthError && !/network|timed?_?out|endpoints_resolution/i.test(err.errorCode)) {
    return refusedToken(err.errorCode || 'token_refused', err.errorMessage, err);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new GraphFailure(-1, null, `Microsoft Graph could not be reached: ${message}`, null, { cause: err });
}

function refusedToken(code: string, message: string, cause: unknown): GraphFailure {
  return new GraphFailure(401, code, `Microsoft refused Onus an app-only token (check the app's certificate or secret, and admin consent): ${message.split('\n')[0] ?? ''}`, null, { cause });
}
