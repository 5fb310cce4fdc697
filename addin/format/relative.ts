// "in 3 hours", "yesterday", "2 days ago": how far an instant is from now, for the queue's
// due dates and received times (the absolute date goes in a tooltip).

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['year', 365 * 24 * 60 * 60],
];

let rtf: Intl.RelativeTimeFormat | undefined;

/** Relative phrase for `iso`, or null when it is absent or not a date. */
export function formatRelative(iso: string | null, now: number = Date.now()): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const seconds = (ms - now) / 1000;
  if (Math.abs(seconds) < 60) return 'just now';
  rtf ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  // The largest unit that fits at least once: 90 minutes reads "1 hour ago", not "90 minutes ago".
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let size = 60;
  for (const [u, s] of STEPS) {
    if (Math.abs(seconds) < s) break;
    unit = u;
    size = s;
  }
  // Rounded, not truncated: 47 h 59 min ahead is "in 2 days", not "tomorrow".
  return rtf.format(Math.round(seconds / size), unit);
}
