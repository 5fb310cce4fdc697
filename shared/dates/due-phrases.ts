// The due date of an ask: every date phrase in the sentence is a candidate; the one that says when
// the ask is due wins. "We'd like to finalize before the February 3 conference, so please send
// comments no later than January 28": the deadline after the ask's own words, not the event.
import type { CalendarDate } from './calendar-date';
import { explicitCandidates } from './explicit-dates';
import { relativeCandidates, type Candidate, type DueContext } from './relative-phrases';

export type { DueContext } from './relative-phrases';
export { statedDate, statedEvents } from './explicit-dates';

export interface DuePhrase {
  readonly date: CalendarDate;
  /** "HH:MM" when a clock time was stated. */
  readonly time: string | null;
  /** The words the date came from. */
  readonly phrase: string;
}

/** Phrases that say there is no deadline, which wins over the weak signals around it. */
export const NO_DEADLINE = /\b(when you get a chance|at your (?:earliest )?convenience|no rush|whenever you can)\b/i;

/** "by 3pm", "at 10:30 am", "by noon" → "15:00", "10:30", "12:00"; "at 3:00" in business hours → "15:00". */
export function clockTime(sentence: string): string | null {
  if (/\bnoon\b/i.test(sentence)) return '12:00';
  const m = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/i.exec(sentence);
  if (m) {
    const hour = (Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
    if (hour > 23 || Number(m[2] ?? 0) > 59) return null;
    return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
  }
  // "Can you come in on June 10 at 3:00?": no one books a client at 3 in the morning.
  const bare = /\bat (\d{1,2}):([0-5]\d)\b(?!\s*[ap]\.?m)/i.exec(sentence);
  if (!bare) return null;
  const hour = Number(bare[1]);
  if (hour < 1 || hour > 12) return null;
  return `${String(hour <= 6 || hour === 12 ? (hour % 12) + 12 : hour).padStart(2, '0')}:${bare[2]}`;
}

/**
 * The due date said in `sentence`, preferring phrases at or after `askStart` (where the ask's own
 * words begin), then the stronger preposition ("by" over "before"), then the earlier phrase.
 */
export function findDuePhrase(sentence: string, ctx: DueContext, askStart = 0): DuePhrase | null {
  if (NO_DEADLINE.test(sentence)) return null;
  const candidates: Array<Candidate & { strength: number }> = [
    ...explicitCandidates(sentence, ctx),
    ...relativeCandidates(sentence, ctx).map((c) => ({ ...c, strength: 1 })),
  ];
  const rank = (c: Candidate & { strength: number }) => [c.index >= askStart ? 0 : 1, -c.strength, c.index];
  const best = candidates.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  })[0];
  return best ? { date: best.date, time: clockTime(sentence), phrase: best.phrase } : null;
}
