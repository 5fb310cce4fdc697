// Due-date phrases of CONVENTIONS.md, each rule under the sentence it handles. Relative phrases
// ("by Thursday", "end of next week", "within 10 business days") follow the firm's conventions,
// which differ from generic parsers; explicit calendar dates and clock times are read by chrono-node.
import * as chrono from 'chrono-node';
import { addBusinessDays } from './business-days';
import {
  addDays, calendarDate, compareDates, lastDayOfMonth, mondayOf, weekdayOf, type CalendarDate,
} from './calendar-date';

export interface DueContext {
  /** The message's date in the mailbox zone. */
  readonly today: CalendarDate;
  /** The last date stated earlier in the message, for "two days before that". */
  readonly previousDate: CalendarDate | null;
}

export interface DuePhrase {
  readonly date: CalendarDate;
  /** "HH:MM" when a clock time was stated. */
  readonly time: string | null;
  /** The words the date came from. */
  readonly phrase: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Full names only: "sat" and "wed" are also verbs.
const WEEKDAY = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};
const NUMBER = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)';

const toNumber = (word: string): number => NUMBERS[word.toLowerCase()] ?? Number(word);
const weekdayIndex = (word: string): number =>
  WEEKDAYS.indexOf(word.toLowerCase());

/** The next `weekday` strictly after `today`. */
const nextWeekday = (today: CalendarDate, weekday: number): CalendarDate =>
  addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
const weekdayOfWeek = (monday: CalendarDate, weekday: number): CalendarDate =>
  addDays(monday, (weekday + 6) % 7);
/** Friday of the current week; on a weekend, the coming Friday. */
const fridayThisWeek = (today: CalendarDate): CalendarDate =>
  weekdayOf(today) === 6 || weekdayOf(today) === 0 ? nextWeekday(today, 5) : weekdayOfWeek(mondayOf(today), 5);

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (m: RegExpExecArray, ctx: DueContext) => CalendarDate | null;
}

// Order matters: longer phrases first ("end of next week" before "next week").
const RULES: readonly Rule[] = [
  // "Please get me a draft two days before that." / "three business days before the hearing on March 10"
  {
    pattern: new RegExp(`\\b${NUMBER} (business |working )?days? (?:before|prior to|ahead of) (that|then|it|this)\\b`, 'i'),
    resolve: (m, ctx) => ctx.previousDate && shiftBack(ctx.previousDate, toNumber(m[1]!), Boolean(m[2])),
  },
  // "EOD tomorrow", "first thing tomorrow", "by tomorrow"
  { pattern: /\btomorrow\b/i, resolve: (_m, ctx) => addDays(ctx.today, 1) },
  // "by EOD", "COB today", "tonight", "this afternoon", "ASAP", "right away"
  {
    pattern: /\b(today|tonight|this (?:afternoon|morning|evening)|eod|cob|end of (?:the )?(?:business )?day|close of business|asap|as soon as possible|right away|immediately|urgently)\b/i,
    resolve: (_m, ctx) => ctx.today,
  },
  // "early next week"
  { pattern: /\bearly next week\b/i, resolve: (_m, ctx) => addDays(mondayOf(ctx.today), 7) },
  // "by end of next week", "sometime next week"
  { pattern: /\b(?:end of )?next week\b/i, resolve: (_m, ctx) => weekdayOfWeek(addDays(mondayOf(ctx.today), 7), 5) },
  // "by the end of the week", "end of this week", "by the weekend"
  {
    pattern: /\b(?:end of (?:the|this) week|(?:by|before|over) the weekend|this week)\b/i,
    resolve: (_m, ctx) => fridayThisWeek(ctx.today),
  },
  // "by the end of next month"
  { pattern: /\bend of next month\b/i, resolve: (_m, ctx) => endOfMonth(ctx.today, 1) },
  // "by the end of the month"
  { pattern: /\bend of (?:the|this) month\b/i, resolve: (_m, ctx) => endOfMonth(ctx.today, 0) },
  // "within 10 business days", "in three working days"
  {
    pattern: new RegExp(`\\b(?:in|within|next) ${NUMBER} (?:business|working) days?\\b`, 'i'),
    resolve: (m, ctx) => addBusinessDays(ctx.today, toNumber(m[1]!)),
  },
  // "in two weeks", "within 2 weeks"
  {
    pattern: new RegExp(`\\b(?:in|within) ${NUMBER} weeks?\\b`, 'i'),
    resolve: (m, ctx) => addDays(ctx.today, 7 * toNumber(m[1]!)),
  },
  // "within 5 days", "in a couple of days" is vague and left alone
  {
    pattern: new RegExp(`\\b(?:in|within) ${NUMBER} (?:calendar )?days?\\b`, 'i'),
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
  // "by Thursday", "Monday at 10am", "ahead of Friday's mediation": the next such day after today
  {
    pattern: new RegExp(`\\b${WEEKDAY}(?='s\\b|\\b)`, 'i'),
    resolve: (m, ctx) => nextWeekday(ctx.today, weekdayIndex(m[1]!)),
  },
  // "on the 20th", "by the 15th": the first such day on or after today
  {
    pattern: /\b(?:on|by|for|before|until|no later than) the (\d{1,2})(?:st|nd|rd|th)\b/i,
    resolve: (m, ctx) => nextDayOfMonth(ctx.today, Number(m[1])),
  },
];

function shiftBack(from: CalendarDate, n: number, business: boolean): CalendarDate {
  if (!business) return addDays(from, -n);
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

/** "by January 15", "by 1/15", "no later than March 3rd, 2027": chrono reads the date; a
 *  preposition must say it is when the ask is due, not the content of the ask. */
const DUE_PREPOSITION = /\b(by|before|on|for|no later than|prior to|ahead of|until|due|through|at)\s*$/i;

// chrono is thorough and slow: run it only where a month name or a m/d date could be.
const MAY_HAVE_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function explicitDate(sentence: string, ctx: DueContext): { date: CalendarDate; phrase: string; index: number } | null {
  if (!MAY_HAVE_DATE.test(sentence)) return null;
  const ref = new Date(Date.UTC(ctx.today.year, ctx.today.month - 1, ctx.today.day, 12));
  for (const r of chrono.en.strict.parse(sentence, ref)) {
    const date = stated(r.start, ctx.today);
    const before = sentence.slice(0, r.index);
    if (!date) continue;
    const relative = /\b(\w+) (business |working )?days? (?:before|prior to|ahead of)(?: the [\w\s-]*? on)?\s*$/i.exec(before);
    if (relative && (relative[1]! in NUMBERS || /^\d+$/.test(relative[1]!))) {
      return { date: shiftBack(date, toNumber(relative[1]!), Boolean(relative[2])), phrase: relative[0] + r.text, index: relative.index };
    }
    if (DUE_PREPOSITION.test(before) || /\b(?:on|by|before|for|ahead of)\b[^.?!]{0,40}$/i.test(before)) {
      return { date, phrase: r.text, index: r.index };
    }
  }
  return null;
}

/** The date a chrono result states, only when month and day were written; a missing year is the
 *  first such date on or after today. */
function stated(c: chrono.ParsedComponents, today: CalendarDate): CalendarDate | null {
  if (!c.isCertain('month') || !c.isCertain('day')) return null;
  const month = c.get('month')!;
  const day = c.get('day')!;
  return c.isCertain('year') ? calendarDate(c.get('year')!, month, day) : firstOnOrAfter(today, month, day);
}

function firstOnOrAfter(today: CalendarDate, month: number, day: number): CalendarDate | null {
  const thisYear = calendarDate(today.year, month, day);
  if (thisYear && compareDates(thisYear, today) >= 0) return thisYear;
  return calendarDate(today.year + 1, month, day);
}

/** "by 3pm", "at 10:30 am", "by noon" → "15:00", "10:30", "12:00". */
export function clockTime(sentence: string): string | null {
  if (/\bnoon\b/i.test(sentence)) return '12:00';
  const m = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/i.exec(sentence);
  if (!m) return null;
  const hour = (Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
  if (hour > 23 || Number(m[2] ?? 0) > 59) return null;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** Phrases that say there is no deadline, which wins over the weak signals around it. */
export const NO_DEADLINE = /\b(when you get a chance|at your (?:earliest )?convenience|no rush|whenever you can)\b/i;

export function findDuePhrase(sentence: string, ctx: DueContext): DuePhrase | null {
  if (NO_DEADLINE.test(sentence)) return null;
  const explicit = explicitDate(sentence, ctx);
  let best: { date: CalendarDate; phrase: string; index: number } | null = explicit;
  for (const rule of RULES) {
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    const date = rule.resolve(m, ctx);
    // A relative phrase anchored to an explicit date ("two days before that") is already in `explicit`.
    if (date && (!best || m.index < best.index)) best = { date, phrase: m[0], index: m.index };
    break;
  }
  return best && { date: best.date, time: clockTime(sentence), phrase: best.phrase };
}

/** Every explicit date a sentence states, for later "before that" references. */
export function statedDate(sentence: string, ctx: DueContext): CalendarDate | null {
  if (!MAY_HAVE_DATE.test(sentence)) return null;
  const ref = new Date(Date.UTC(ctx.today.year, ctx.today.month - 1, ctx.today.day, 12));
  const r = chrono.en.strict.parse(sentence, ref)[0];
  return r ? stated(r.start, ctx.today) : null;
}
