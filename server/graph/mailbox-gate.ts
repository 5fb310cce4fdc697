// Outlook allows 4 concurrent requests per app and mailbox; a fifth is answered 429. Onus keeps
// its own requests under that line, so throttling comes only from other apps or the budget.
export const OUTLOOK_CONCURRENCY = 4;

export interface MailboxGate {
  /** Runs `work` when fewer than the limit are in flight for `mailbox`. */
  run<T>(mailbox: string, work: () => Promise<T>): Promise<T>;
  inFlight(mailbox: string): number;
}

export function mailboxGate(limit = OUTLOOK_CONCURRENCY): MailboxGate {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const key = (mailbox: string) => mailbox.toLowerCase();

  const acquire = (k: string): Promise<void> => {
    const n = active.get(k) ?? 0;
    if (n < limit) {
      active.set(k, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = waiting.get(k) ?? [];
      queue.push(resolve);
      waiting.set(k, queue);
    });
  };
  const release = (k: string) => {
    const next = waiting.get(k)?.shift();
    if (next !== undefined) return next(); // the slot passes straight to the next caller
    const n = (active.get(k) ?? 1) - 1;
    if (n === 0) active.delete(k);
    else active.set(k, n);
  };

  return {
    async run(mailbox, work) {
      const k = key(mailbox);
      await acquire(k);
      try {
        return await work();
      } finally {
        release(k);
      }
    },
    inFlight: (mailbox) => active.get(key(mailbox)) ?? 0,
  };
}
