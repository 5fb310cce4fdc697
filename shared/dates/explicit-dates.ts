// Explicit calendar dates ("January 15", "1/15", "March 3rd, 2027") are read by chrono-node; whether
// a date says when the ask is due is ours to decide: "by January 28" is a deadline, "the week of
// January 26" and "dates of service from October 14" are the content of the ask.
import * as chrono from 'chrono-node';
import { calendarDate, compareDates, type CalendarDate } from './calendar-date';
import { EVENT_NOUNS, NUMBERS, shiftBack, toNumber, type Candidate, type DueContext } from './relative-phrases';

// chrono is thorough and slow: run it only where a month name or a m/d date could be.
const MAY_HAVE_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// "by", "no later than", "on or before", "due": strongest; "before the February 3 conference": weaker
const STRONG = /\b(by|no later than|not later than|on or before|until|due( on| by)?)\s*$/i;
const WEAK = /\b(before|on|for|prior to|ahead of|at|through)\s*$|\b(on|by|before|for|ahead of)\b[^.?!]{0,40}$/i;
const CONTENT = /\b(week of|from|between|since|dated|of service|if|last|past|born( on)?)\s*(\w+,?\s*)?$|\bbetween [^.?!]{0,30}\band\s*$/i;
// "two days before the hearing on March 10"
const RELATIVE = /\b(\w+) (business days?|working days?|days?|weeks?) (?:before|prior to|ahead of)(?: the [\w\s-]*? on)?\s*$/i;

export interface ExplicitCandidate extends Candidate {
  /** 2 for "by …", 1 for a weaker preposition. */
  readonly strength: number;
}

function firstOnOrAfter(today: CalendarDate, month: number, day: number): CalendarDate | null {
  const thisYear = calendarDate(today.year, month, day);
  if (thisYear && compareDates(thisYear, today) >= 0) return thisYear;
  return calendarDate(today.year + 1, month, day);
}

/** The date a chrono result states, only when month and day were written; a missing year is the
 *  first such date on or after today. */
function stated(c: chrono.ParsedComponents, today: CalendarDate): CalendarDate | null {
  if (!c.isCertain('month') || !c.isCertain('day')) return null;
  const month = c.get('month')!;
  const day = c.get('day')!;
  return c.isCertain('year') ? calendarDate(c.get('year')!, month, day) : firstOnOrAfter(today, month, day);
}

const parse = (sentence: string, today: CalendarDate) =>
  chrono.en.strict.parse(sentence, new Date(Date.UTC(today.year, today.month - 1, today.day, 12)));

export function explicitCandidates(sentence: string, ctx: DueContext): ExplicitCandidate[] {
  if (!MAY_HAVE_DATE.test(sentence)) return [];
  const found: ExplicitCandidate[] = [];
  for (const r of parse(sentence, ctx.today)) {
    const date = stated(r.start, ctx.today);
    const before = sentence.slice(0, r.index);
    if (!date || CONTENT.test(before)) continue;
    const relative = RELATIVE.exec(before);
    if (relative && (relative[1]!.toLowerCase() in NUMBERS || /^\d+$/.test(relative[1]!))) {
      found.push({ date: shiftBack(date, toNumber(relative[1]!), relative[2]), phrase: relative[0] + r.text, index: relative.index, strength: 2 });
    } else if (STRONG.test(before) || WEAK.test(before)) {
      found.push({ date, phrase: r.text, index: r.index, strength: STRONG.test(before) ? 2 : 1 });
    }
  }
  return found;
}

/** The first explicit date a sentence states, for later "before that" references. */
export function statedDate(sentence: string, ctx: DueContext): CalendarDate | null {
  if (!MAY_HAVE_DATE.test(sentence)) return null;
  const r = parse(sentence, ctx.today)[0];
  return r ? stated(r.start, ctx.today) : null;
}

/** "The mediation is on March 26" → ["mediation", March 26]: events a later ask may count back from. */
export function statedEvents(sentence: string, ctx: DueContext): Array<[string, CalendarDate]> {
  if (!MAY_HAVE_DATE.test(sentence)) return [];
  const noun = EVENT_NOUNS.exec(sentence)?.[1]?.toLowerCase();
  const r = noun ? parse(sentence, ctx.today)[0] : undefined;
  const date = r && stated(r.start, ctx.today);
  return noun && date ? [[noun, date]] : [];
}
