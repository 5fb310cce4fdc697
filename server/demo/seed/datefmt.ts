// The date strings mail clients write into quoted history and notifications, in the writer's zone.
import { DAY_NAMES, MONTH_NAMES, wallParts, type LocalDate } from './time';

const name = <T extends string>(list: readonly T[], i: number): T => list[i] ?? list[0] as T;

export function clock12(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** Outlook's "Sent:" line: "Monday, November 16, 2026 10:14 AM". */
export function outlookSent(ms: number, timeZone: string): string {
  const w = wallParts(ms, timeZone);
  return `${name(DAY_NAMES, w.dow)}, ${name(MONTH_NAMES, w.m - 1)} ${w.d}, ${w.y} ${clock12(w.hour, w.minute)}`;
}

/** Gmail's attribution: "Mon, Nov 16, 2026 at 10:14 AM". */
export function gmailOn(ms: number, timeZone: string): string {
  const w = wallParts(ms, timeZone);
  return `${name(DAY_NAMES, w.dow).slice(0, 3)}, ${name(MONTH_NAMES, w.m - 1).slice(0, 3)} ${w.d}, ${w.y} at ${clock12(w.hour, w.minute)}`;
}

/** "Tuesday, November 24". */
export function longDay(date: LocalDate): string {
  return `${name(DAY_NAMES, date.dow)}, ${name(MONTH_NAMES, date.m - 1)} ${date.d}`;
}

/** "November 24, 2026". */
export function longDate(date: LocalDate): string {
  return `${name(MONTH_NAMES, date.m - 1)} ${date.d}, ${date.y}`;
}

/** "11/24/2026". */
export function slashDate(date: LocalDate): string {
  return `${date.m}/${date.d}/${date.y}`;
}

export const weekdayName = (date: LocalDate): string => name(DAY_NAMES, date.dow);
