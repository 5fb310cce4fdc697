// Wall-clock arithmetic in a mailbox's IANA zone without a date library: Intl gives the offset for an
// instant, everything else is plain UTC arithmetic on "local dates". Offsets are cached because the
// bulk benchmark converts tens of thousands of instants.

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface LocalDate {
  y: number;
  m: number; // 1-12
  d: number;
  /** 0 = Sunday … 6 = Saturday */
  dow: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function computeOffset(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** Minutes to add to UTC to get wall time in `timeZone` at instant `ms` (New York in winter: -300).
 *  Cached per UTC day when the offset is the same at both ends of it (no clock change that day),
 *  else per hour: two Intl calls per day instead of one per message. */
export function offsetMinutes(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  if (zone.size > 50_000) zone.clear();
  const day = Math.floor(ms / DAY);
  let off = zone.get(day);
  if (off === undefined) {
    const first = computeOffset(day * DAY, timeZone);
    off = first === computeOffset(day * DAY + DAY - 60_000, timeZone) ? first : NaN;
    zone.set(day, off);
  }
  if (!Number.isNaN(off)) return off;
  const hourKey = -1 - Math.floor(ms / HOUR); // negative keys: hours of clock-change days
  let hourly = zone.get(hourKey);
  if (hourly === undefined) zone.set(hourKey, (hourly = computeOffset(Math.floor(ms / HOUR) * HOUR, timeZone)));
  return hourly;
}

/** The UTC instant of a wall time; in the repeated autumn hour the first occurrence wins. */
export function localToUtc(date: LocalDate, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(date.y, date.m - 1, date.d, hour, minute);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return wall - offsetMinutes(first, timeZone) * 60_000;
}

export function localDateOf(ms: number, timeZone: string): LocalDate {
  const wall = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate(), dow: wall.getUTCDay() };
}

/** Wall-clock parts of an instant in a zone (for "Sent: Monday, November 16, 2026 10:14 AM"). */
export function wallParts(ms: number, timeZone: string): LocalDate & { hour: number; minute: number } {
  const wall = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate(), dow: wall.getUTCDay(),
    hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), dow: t.getUTCDay() };
}

export const isWeekday = (date: LocalDate): boolean => date.dow >= 1 && date.dow <= 5;

/** The weekday `n` business days before (n < 0) or after (n > 0) `date`; weekends skipped, no holidays. */
export function addBusinessDays(date: LocalDate, n: number): LocalDate {
  let out = date;
  let left = Math.abs(n);
  while (left > 0) {
    out = addDays(out, Math.sign(n));
    if (isWeekday(out)) left--;
  }
  return out;
}

/** Graph's timestamp form: UTC, Z suffix, no milliseconds unless the instant has some. */
export function isoZ(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** Graph's dateTimeTimeZone wall time: "2026-11-24T09:30:00.0000000". */
export function graphWallTime(date: LocalDate, hour: number, minute: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.y}-${p(date.m)}-${p(date.d)}T${p(hour)}:${p(minute)}:00.0000000`;
}

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'] as const;
