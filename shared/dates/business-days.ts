// Business days skip weekends and US federal holidays as observed (a Saturday holiday is observed
// on Friday, a Sunday one on Monday): "within 10 business days" in a settlement letter means this.
import { addDays, calendarDate, formatDate, lastDayOfMonth, weekdayOf, type CalendarDate } from './calendar-date';

/** The n-th given weekday of a month (n = 1..4), or the last one (n = -1). */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n < 0) {
    const last = lastDayOfMonth(year, month);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

function observed(d: CalendarDate): CalendarDate {
  const wd = weekdayOf(d);
  return wd === 6 ? addDays(d, -1) : wd === 0 ? addDays(d, 1) : d;
}

const fixed = (year: number, month: number, day: number): CalendarDate => observed(calendarDate(year, month, day)!);

export function usFederalHolidays(year: number): CalendarDate[] {
  return [
    fixed(year, 1, 1),
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Presidents' Day
    nthWeekday(year, 5, 1, -1), // Memorial Day
    fixed(year, 6, 19), // Juneteenth
    fixed(year, 7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    fixed(year, 11, 11),
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    fixed(year, 12, 25),
  ];
}

const holidayCache = new Map<number, Set<string>>();
function holidaySet(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    // Next year's New Year's Day can be observed on Dec 31 of this year.
    set = new Set([...usFederalHolidays(year), ...usFederalHolidays(year + 1)].map(formatDate));
    holidayCache.set(year, set);
  }
  return set;
}

export function isBusinessDay(d: CalendarDate): boolean {
  const wd = weekdayOf(d);
  return wd !== 0 && wd !== 6 && !holidaySet(d.year).has(formatDate(d));
}

/** `n` business days after `from` (from itself is not counted). */
export function addBusinessDays(from: CalendarDate, n: number): CalendarDate {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left -= 1;
  }
  return d;
}
