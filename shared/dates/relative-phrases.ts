// Relative due phrases of CONVENTIONS.md, each rule under the sentence it handles. The firm's
// conventions ("by Thursday" = the next Thursday after today; "next Friday" = Friday of next week)
// differ from generic parsers, so these are our own rules.
import { addBusinessDays } from './business-days';
import {
  addDays, calendarDate, compareDates, lastDayOfMonth, mondayOf, weekdayOf, type CalendarDate,
} from './calendar-date';

export interface DueContext {
  /** The message's date in the mailbox zone. */
  readonly today: CalendarDate;
  /** The last date stated earlier in the message, for "two days before that" and "by then". */
  readonly previousDate: CalendarDate | null;
  /** Events dated earlier in the message ("the mediation is on March 26") by their noun, for "three
   *  days before the mediation". */
  readonly events?: ReadonlyMap<string, CalendarDate>;
}

/** Nouns of the events lawyers date asks against. */
export const EVENT_NOUNS = /\b(deadline|mediation|hearing|trial|deposition|closing|meeting|conference|call|appointment|interview|signing|arraignment|sentencing|filing|contingency date|settlement conference|status conference|due date)\b/i;

/** The event an "N days before the X" phrase refers to: by its noun, else the last date stated. */
function eventDate(words: string, ctx: DueContext): CalendarDate | null {
  const noun = EVENT_NOUNS.exec(words)?.[1]?.toLowerCase();
  return (noun && ctx.events?.get(noun)) || ctx.previousDate;
}

export interface Candidate {
  readonly date: CalendarDate;
  readonly phrase: string;
  readonly index: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Full names only: "sat" and "wed" are also verbs.
const WEEKDAY = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};
const NUMBER = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)';
// "the deadline", "the mediation", "the contingency date", "that meeting": an event dated earlier
const EVENT = "(?:that|then|it|this|the [\\w'-]+(?: [\\w'-]+)?|that [\\w'-]+)";

export const toNumber = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);
const weekdayIndex = (word: string): number => WEEKDAYS.indexOf(word.toLowerCase());

/** The next `weekday` strictly after `today`. */
const nextWeekday = (today: CalendarDate, weekday: number): CalendarDate =>
  addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
const weekdayOfWeek = (monday: CalendarDate, weekday: number): CalendarDate => addDays(monday, (weekday + 6) % 7);
/** Friday of the current week; on a weekend, the coming Friday. */
const fridayThisWeek = (today: CalendarDate): CalendarDate =>
  weekdayOf(today) === 6 || weekdayOf(today) === 0 ? nextWeekday(today, 5) : weekdayOfWeek(mondayOf(today), 5);

export function shiftBack(from: CalendarDate, n: number, unit: string | undefined): CalendarDate {
  if (/week/i.test(unit ?? '')) return addDays(from, -7 * n);
  if (!/business|working/i.test(unit ?? '')) return addDays(from, -n);
  let d = from;
  for (let left = n; left > 0; left -= 1) {
    do d = addDays(d, -1); while (weekdayOf(d) === 0 || weekdayOf(d) === 6);
  }
  return d;
}

function endOfMonth(today: CalendarDate, monthsAhead: number): CalendarDate {
  const m = today.month - 1 + monthsAhead;
  return lastDayOfMonth(today.year + Math.floor(m / 12), (m % 12) + 1);
}

function nextDayOfMonth(today: CalendarDate, day: number): CalendarDate | null {
  for (let i = 0; i < 13; i += 1) {
    const m = today.month - 1 + i;
    const d = calendarDate(today.year + Math.floor(m / 12), (m % 12) + 1, day);
    if (d && compareDates(d, today) >= 0) return d;
  }
  return null;
}

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (m: RegExpExecArray, ctx: DueContext) => CalendarDate | null;
}

// When two rules match at the same place, the earlier rule wins: longer phrases come first.
const RULES: readonly Rule[] = [
  // "Please get me a draft two days before that." / "at least two weeks before the deadline" (dated earlier)
  {
    pattern: new RegExp(`\\b${NUMBER} (business days?|working days?|days?|weeks?) (?:before|prior to|ahead of) ${EVENT}`, 'i'),
    resolve: (m, ctx) => {
      const event = eventDate(m[0], ctx);
      return event && shiftBack(event, toNumber(m[1]!), m[2]);
    },
  },
  // "I'd like a summary of your opinions by then." / "Bring your pay stubs to that meeting."
  { pattern: /\b(?:by|before|until) then\b|\b(?:to|at|for|before) that (?:meeting|hearing|call|appointment|conference|deposition|mediation|closing|interview|signing)\b/i, resolve: (m, ctx) => eventDate(m[0], ctx) },
  // "Please confirm by COB Thursday." / "EOD tomorrow" / "first thing tomorrow"
  {
    pattern: new RegExp(`\\b(?:eod|cob|end of (?:the )?(?:business )?day|close of business|first thing)(?: on)? (tomorrow|${WEEKDAY.slice(1, -1)})\\b`, 'i'),
    resolve: (m, ctx) => (/tomorrow/i.test(m[1]!) ? addDays(ctx.today, 1) : nextWeekday(ctx.today, weekdayIndex(m[1]!))),
  },
  { pattern: /\btomorrow\b/i, resolve: (_m, ctx) => addDays(ctx.today, 1) },
  // "by EOD", "COB today", "tonight", "this afternoon", "ASAP", "right away"
  {
    pattern: /\b(today|tonight|this (?:afternoon|evening)|eod|cob|end of (?:the )?(?:business )?day|close of business|asap|as soon as possible|right away|immediately|urgently)\b/i,
    resolve: (_m, ctx) => ctx.today,
  },
  { pattern: /\bearly next week\b/i, resolve: (_m, ctx) => addDays(mondayOf(ctx.today), 7) },
  // "by end of next week", "sometime next week"
  { pattern: /\b(?:end of )?next week\b/i, resolve: (_m, ctx) => weekdayOfWeek(addDays(mondayOf(ctx.today), 7), 5) },
  // "by the end of the week", "end of this week", "by the weekend"
  { pattern: /\b(?:end of (?:the|this) week|(?:by|before|over) the weekend|this week)\b/i, resolve: (_m, ctx) => fridayThisWeek(ctx.today) },
  { pattern: /\bend of next month\b/i, resolve: (_m, ctx) => endOfMonth(ctx.today, 1) },
  { pattern: /\bend of (?:the|this) month\b/i, resolve: (_m, ctx) => endOfMonth(ctx.today, 0) },
  // "by the end of April": the last day of the first such month from today
  {
    pattern: /\bend of (january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
    resolve: (m, ctx) => endOfMonth(ctx.today, (MONTHS.indexOf(m[1]!.toLowerCase()) - (ctx.today.month - 1) + 12) % 12),
  },
  // "within 10 business days", "in the next three working days"
  {
    pattern: new RegExp(`\\b(?:in|within|over) (?:the )?(?:next )?${NUMBER} (?:business|working) days?\\b`, 'i'),
    resolve: (m, ctx) => addBusinessDays(ctx.today, toNumber(m[1]!)),
  },
  // "in two weeks", "within the next 2 weeks"
  {
    pattern: new RegExp(`\\b(?:in|within|over) (?:the )?(?:next )?${NUMBER} weeks?\\b`, 'i'),
    resolve: (m, ctx) => addDays(ctx.today, 7 * toNumber(m[1]!)),
  },
  // "within 5 days" ("in a couple of days" is vague and left alone)
  {
    pattern: new RegExp(`\\b(?:in|within|over) (?:the )?(?:next )?${NUMBER} (?:calendar )?days?\\b`, 'i'),
    resolve: (m, ctx) => addDays(ctx.today, toNumber(m[1]!)),
  },
  // "next Friday" = Friday of next week
  {
    pattern: new RegExp(`\\bnext ${WEEKDAY}\\b`, 'i'),
    resolve: (m, ctx) => weekdayOfWeek(addDays(mondayOf(ctx.today), 7), weekdayIndex(m[1]!)),
  },
  // "this Friday" = Friday of the current week (today if today is Friday)
  {
    pattern: new RegExp(`\\bthis ${WEEKDAY}\\b`, 'i'),
    resolve: (m, ctx) => weekdayOfWeek(mondayOf(ctx.today), weekdayIndex(m[1]!)),
  },
  // "by Thursday", "Monday at 10am", "ahead of Friday's mediation": the next such day after today;
  // not "last Thursday" (past) nor "if Sunday works" (a question about a date)
  {
    pattern: new RegExp(`(?<!\\b(?:last|past|previous|if)\\s)\\b${WEEKDAY}(?='s\\b|\\b)`, 'i'),
    resolve: (m, ctx) => nextWeekday(ctx.today, weekdayIndex(m[1]!)),
  },
  // "on the 20th", "by the 15th": the first such day on or after today
  {
    pattern: /\b(?:on|by|for|before|until|no later than) the (\d{1,2})(?:st|nd|rd|th)\b/i,
    resolve: (m, ctx) => nextDayOfMonth(ctx.today, Number(m[1])),
  },
];

/** Every relative phrase in the sentence that resolves to a date. */
export function relativeCandidates(sentence: string, ctx: DueContext): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    const m = rule.pattern.exec(sentence);
    const date = m && rule.resolve(m, ctx);
    if (m && date && !found.some((c) => c.index === m.index)) found.push({ date, phrase: m[0], index: m.index });
  }
  return found;
}
