// A due date on the mailbox's calendar becomes an instant with the zone's offset (DST included),
// at the stated clock time or 17:00 local, the end of a business day.
import { TZDate } from '@date-fns/tz';
import type { CalendarDate } from './calendar-date';

export const DEFAULT_DUE_TIME = '17:00';

export function dueInstant(date: CalendarDate, time: string | null, timeZone: string): string {
  const [hour, minute] = (time ?? DEFAULT_DUE_TIME).split(':').map(Number);
  const at = new TZDate(date.year, date.month - 1, date.day, hour ?? 17, minute ?? 0, 0, timeZone);
  return at.toISOString().replace('.000', '');
}
