// API failures as one error type with a message a user can act on.
import { apiErrorSchema } from '../../shared/followup';

export class ApiRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** The server's stable error id ("validation_failed", …), or a client-side one. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

const FALLBACK_BY_STATUS: Readonly<Record<number, string>> = {
  401: 'Your Onus sign-in has expired. Reopen the pane to sign in again.',
  403: 'You do not have access to this in Onus.',
  404: 'Onus could not find that follow-up. It may have been removed.',
  429: 'Onus is busy. Wait a moment and try again.',
};

/** Turns a non-2xx response into an ApiRequestError, using the server's `{error, message}` body if any. */
export async function errorFromResponse(res: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to the status-based message.
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(parsed.data.message, res.status, parsed.data.error);
  const fallback = FALLBACK_BY_STATUS[res.status] ?? `The Onus server answered ${res.status}. Try again in a moment.`;
  return new ApiRequestError(fallback, res.status, `http_${res.status}`);
}

export function unreachable(cause: unknown): ApiRequestError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiRequestError(`Can't reach the Onus server. Check your connection and try again${detail}.`, 0, 'unreachable');
}

export function unexpectedShape(what: string): ApiRequestError {
  return new ApiRequestError(`The Onus server sent an unexpected answer for ${what}. Reload the pane; if it persists, tell IT.`, 0, 'bad_response');
}

/** The message to show for anything thrown by the client. */
export function describeError(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'Something went wrong. Try again.';
}
