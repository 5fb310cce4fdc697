// What went wrong talking to Graph, in terms the scanner acts on: the status, Graph's error code
// (Outlook sends PascalCase codes such as SyncStateNotFound), and how long Graph asked us to wait.
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
  if (err instanceof GraphError) {
    const retryAfter = Number(err.headers?.get('retry-after') ?? Number.NaN);
    const status = err.statusCode > 0 ? err.statusCode : -1;
    return new GraphFailure(status, err.code, `Microsoft Graph answered ${status} ${err.code ?? ''}: ${err.message}`.trim(),
      Number.isFinite(retryAfter) ? retryAfter : null, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new GraphFailure(-1, null, `Microsoft Graph could not be reached: ${message}`, null, { cause: err });
}
