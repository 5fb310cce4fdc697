// How a due date reads in the pane: "Thu, Jan 15" or "Thu, Jan 15, 3:00 PM", in the mailbox zone.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(undefined, {
      timeZone, weekday: 'short', month: 'short', day: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    cache.set(key, fmt);
  }
  return fmt;
}

/** Human due date, or "No due date". `withTime` when the ask named a clock time. */
export function formatDue(iso: string | null, timeZone: string, withTime = false): string {
  if (!iso) return 'No due date';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return 'No due date';
  return formatter(timeZone, withTime).format(ms);
}

/** True when the instant has passed. */
export function isOverdue(iso: string | null, now: number = Date.now()): boolean {
  if (!iso) return false;
  const ms = Date.parse(iso);
  return !Number.isNaN(ms) && ms < now;
}
