// When things happen: the window before `now`, business days in the firm's zone, and moving a send time
// to when its writer would plausibly be at a keyboard (staff on weekdays 8:00–18:30, the public 7:00–22:00).
import type { Rng } from './rng';
import { addDays, isWeekday, localDateOf, localToUtc, wallParts, type LocalDate, DAY } from './time';

export interface Clock {
  nowMs: number;
  timeZone: string;
  /** now minus the window (weeks × 7 days). */
  startMs: number;
  today: LocalDate;
  /** Whole weekdays inside the window, oldest first (today included when a weekday). */
  businessDays: LocalDate[];
  /** Every calendar day inside the window, oldest first. */
  days: LocalDate[];
}

export function makeClock(now: Date, weeks: number, timeZone: string): Clock {
  const nowMs = now.getTime();
  const startMs = nowMs - weeks * 7 * DAY;
  const today = localDateOf(nowMs, timeZone);
  const days: LocalDate[] = [];
  for (let i = weeks * 7 - 1; i >= 0; i--) days.push(addDays(today, -i));
  return { nowMs, timeZone, startMs, today, days, businessDays: days.filter(isWeekday) };
}

export type Habit = 'staff' | 'public';

/** A random minute between fromHour and toHour on a local date, as a UTC instant. */
export function momentOn(rng: Rng, date: LocalDate, timeZone: string, fromHour: number, toHour: number): number {
  const minutes = rng.int(Math.round(fromHour * 60), Math.round(toHour * 60) - 1);
  return localToUtc(date, Math.floor(minutes / 60), minutes % 60, timeZone) + rng.int(0, 59) * 1000;
}

/** `ms` if the writer would be working then, else their next plausible moment. */
export function nextSlot(ms: number, rng: Rng, habit: Habit, timeZone: string): number {
  const w = wallParts(ms, timeZone);
  const hour = w.hour + w.minute / 60;
  if (habit === 'staff') {
    if (isWeekday(w) && hour >= 8 && hour < 18.5) return ms;
    let day = hour >= 8 || !isWeekday(w) ? addDays(w, 1) : w;
    while (!isWeekday(day)) day = addDays(day, 1);
    return momentOn(rng, day, timeZone, 8, 10);
  }
  if (hour >= 7 && hour < 22) return ms;
  return momentOn(rng, hour >= 22 ? addDays(w, 1) : w, timeZone, 7, 9);
}
