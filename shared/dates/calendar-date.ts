// Calendar dates without a time or zone ("2026-01-15"). Due-date rules are about days on the
// mailbox's calendar, so the arithmetic runs on plain dates and the zone is applied once, at the end.

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const toUtc = (d: CalendarDate): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (u: Date): CalendarDate => ({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() });

export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  const d = fromUtc(new Date(Date.UTC(year, month - 1, day)));
  return d.year === year && d.month === month && d.day === day ? d : null;
}

export const addDays = (d: CalendarDate, n: number): CalendarDate => {
  const u = toUtc(d);
  u.setUTCDate(u.getUTCDate() + n);
  return fromUtc(u);
};

export const weekdayOf = (d: CalendarDate): Weekday => toUtc(d).getUTCDay() as Weekday;

export const compareDates = (a: CalendarDate, b: CalendarDate): number => toUtc(a).getTime() - toUtc(b).getTime();

export const lastDayOfMonth = (year: number, month: number): CalendarDate => fromUtc(new Date(Date.UTC(year, month, 0)));

export const formatDate = (d: CalendarDate): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Monday of the week containing `d` (weeks run Monday to Sunday). */
export function mondayOf(d: CalendarDate): CalendarDate {
  const wd = weekdayOf(d);
  return addDays(d, wd === 0 ? -6 : 1 - wd);
}

/** The date of `instant` on the wall calendar of `timeZone`. Intl works in browsers and Node alike. */
// Building an Intl formatter costs ~50 µs; a mailbox has one zone, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }));
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone)!;
}

export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const parts = (formatterFor(timeZone) ?? formatterFor('UTC')!).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** An IANA zone name ("America/New_York", "UTC"); offsets like "+05:00" are not mailbox zones. */
export const isValidTimeZone = (timeZone: string): boolean =>
  /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(timeZone) && formatterFor(timeZone) !== null;
