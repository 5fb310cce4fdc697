// Wall-clock dates and times in the mailbox zone. Due dates travel as ISO instants with an offset;
// the pane shows and edits them as the mailbox user sees them: "2026-01-15" at "17:00" in
// America/New_York ⇄ "2026-01-15T17:00:00-05:00". The zone arithmetic is the core's (shared/dates),
// so a date the pane writes is built exactly like a due date extraction proposes.
import { calendarDate, dateInZone, formatDate } from '../../shared/dates/calendar-date';
import { dueInstant } from '../../shared/dates/due-instant';

/** The browser's own zone, or UTC if even that is unknown. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

interface WallClock { year: number; month: number; day: number; hour: number; minute: number }

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(epochMs: number, timeZone: string): WallClock {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(fmt.formatToParts(epochMs).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

/** Minutes east of UTC that `timeZone` is at `epochMs` (New York in winter: -300). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/** "2026-01-15" for the instant's date in `timeZone`; null if `iso` is not a date. */
export function localDate(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : formatDate(dateInZone(new Date(ms), timeZone));
}

/** "17:00" for the instant's wall-clock time in `timeZone`; null if `iso` is not a date. */
export function localTime(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant that reads `date` `time` on a wall clock in `timeZone`, with that offset. */
export function instantFromLocal(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = d && calendarDate(Number(d[1]), Number(d[2]), Number(d[3]));
  if (!day || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  return dueInstant(day, time, timeZone);
}
