// The one place where Office.js callback APIs become promises. A host callback never throws out
// of here: whatever happens inside it becomes a rejection, and a host that never calls back
// becomes a timeout instead of a pane that spins forever.

export class OutlookCallError extends Error {
  constructor(message: string, readonly code: number | null = null) {
    super(message);
    this.name = 'OutlookCallError';
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Runs `start` with a callback that settles the promise from the Office AsyncResult.
 *
 *   const text = await fromAsyncResult<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb));
 */
export function fromAsyncResult<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new OutlookCallError(`Outlook did not answer in time while ${what}. Try reopening the pane.`)),
      timeoutMs,
    );
    const settle = (result: Office.AsyncResult<T> | undefined): void => {
      clearTimeout(timer);
      try {
        if (result && result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
          return;
        }
        const error = result?.error;
        reject(new OutlookCallError(`Outlook could not finish ${what}: ${error?.message ?? 'no reason given'}.`, error?.code ?? null));
      } catch (err) {
        reject(err instanceof Error ? err : new OutlookCallError(String(err)));
      }
    };
    try {
      start(settle);
    } catch (err) {
      clearTimeout(timer);
      reject(new OutlookCallError(`Outlook refused ${what}: ${err instanceof Error ? err.message : String(err)}.`));
    }
  });
}

/** Settles with `fallback` if `promise` has not settled within `ms`. */
export function withTimeout<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise<T | F>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      () => { clearTimeout(timer); resolve(fallback); },
    );
  });
}
