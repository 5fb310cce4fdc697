// Outlook's per-mailbox limits (includes/throttling-outlook.md): 4 concurrent requests and
// 10,000 requests per 10 minutes (sliding). maxConcurrent counts requests as they arrive, the
// rejected ones included, so a client that overshoots shows it even though Graph turned it away.

export const WINDOW_MS = 10 * 60 * 1000;

export interface LimitSettings {
  readonly concurrentPerMailbox: number;
  readonly requestsPer10Min: number;
  readonly retryAfterSeconds: number;
}

export type Admission = { readonly ok: true; readonly leave: () => void } | { readonly ok: false; readonly retryAfter: number };

export interface Limits {
  enter(mailbox: string): Admission;
  maxConcurrent(mailbox: string): number;
  resetCounters(): void;
}

interface MailboxLoad {
  inFlight: number;
  maxSeen: number;
  /** Admission times, oldest first, from `head` on. */
  readonly times: number[];
  head: number;
}

export function createLimits(settings: LimitSettings, now: () => Date): Limits {
  const loads = new Map<string, MailboxLoad>();
  const loadOf = (mailbox: string) => {
    let load = loads.get(mailbox);
    if (load === undefined) { load = { inFlight: 0, maxSeen: 0, times: [], head: 0 }; loads.set(mailbox, load); }
    return load;
  };
  return {
    enter(mailbox) {
      const load = loadOf(mailbox);
      const attempted = load.inFlight + 1;
      load.maxSeen = Math.max(load.maxSeen, attempted);
      if (attempted > settings.concurrentPerMailbox) return { ok: false, retryAfter: settings.retryAfterSeconds };
      const at = now().getTime();
      const waitMs = windowWait(load, at, settings.requestsPer10Min);
      if (waitMs > 0) return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
      load.times.push(at);
      load.inFlight += 1;
      let left = false;
      return { ok: true, leave: () => { if (!left) { left = true; load.inFlight -= 1; } } };
    },
    maxConcurrent: (mailbox) => loads.get(mailbox)?.maxSeen ?? 0,
    resetCounters: () => { for (const load of loads.values()) load.maxSeen = load.inFlight; },
  };
}

/** Drops admissions older than the window; ms until one more fits (0 = now). */
function windowWait(load: MailboxLoad, at: number, budget: number): number {
  while (load.head < load.times.length && (load.times[load.head] ?? 0) <= at - WINDOW_MS) load.head += 1;
  if (load.head > 4096 && load.head * 2 > load.times.length) { load.times.splice(0, load.head); load.head = 0; }
  if (load.times.length - load.head < budget) return 0;
  return (load.times[load.head] ?? at) + WINDOW_MS - at;
}
