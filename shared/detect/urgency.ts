// Urgent, by the eval's definition: a deadline, hearing, arrest, detention or sale within about a
// week, or the sender says it is urgent. A hospital stay or a bad accident alone is not "urgent" in
// this sense: nothing is lost by calling back tomorrow.
import { compareDates, addDays, dateInZone, isValidTimeZone, type CalendarDate } from '../dates/calendar-date';
import { relativeCandidates } from '../dates/relative-phrases';
import { explicitCandidates, statedDate } from '../dates/explicit-dates';
import { sentences } from '../extract/4-sentences';

export interface Urgency {
  readonly urgent: boolean;
  readonly because: string | null;
}

const SAYS_URGENT = /\b(urgent(ly)?|emergency|asap|as soon as possible|immediately|time[- ]sensitive)\b|\b(need|help|call|come|please)\b[^.?!]{0,40}\bright (now|away)\b|\bright away\b/i;
const NOT_URGENT = /\b(no rush|no hurry|not (an? )?(urgent|emergency)|isn't (urgent|an emergency)|is not (urgent|an emergency)|non-?urgent|nothing urgent|whenever (you|someone) (can|has))\b/i;
// Held now, or arrested/detained in the last few days.
const HELD_NOW = /\b(is|are|being|was|were|still|been) (being )?(held|detained|locked up|in (jail|custody|detention))\b|\bholding (him|her|them|my \w+)\b|\b(won't|will not) let (him|her|me|them) out\b|\bin secondary inspection\b/i;
const ARRESTED = /\b(arrested|detained|picked up|taken into custody|locked up|booked)\b/i;
const RECENTLY = /\b(last night|tonight|today|this (morning|afternoon|evening|weekend)|yesterday|hours ago|earlier today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (night|morning))\b/i;
// What can be lost by waiting: a court date, a deadline, a sale, a removal.
const AT_STAKE = /\b(hearing|court|trial|arraignment|deadline|due|closing|closes|sale|sold|auction|evict(ion|ed)?|deposition|interview|appear(ance)?|answer|respond|response|release|sign(ed)?|expires?|ends|send (him|her|them) back|deport(ed|ation)?|removed|before then|lockout|foreclos\w*|judge)\b/i;
const NEXT = /\bnext (week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// "served … on Saturday": a bare weekday in a clause told in the past is the one just gone.
const BARE_DAY = /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PAST = /\b(was|were|got|had|did|went|came|happened|\w+ed)\b/i;
const NOT_PAST = /\b(is|are|am|will|'s|be|scheduled|set|moved|coming|going|until|by|due|before|this|next)\b/i;

function toldInPast(sentence: string, phrase: string): boolean {
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  const clause = sentence.slice(0, Math.max(0, at)).split(/[,;:]|\band\b|\bbut\b/i).pop() ?? '';
  return BARE_DAY.test(phrase.trim()) && PAST.test(clause) && !NOT_PAST.test(clause);
}
const WINDOW_DAYS = 8;

function today(sentAt: string, timeZone: string): CalendarDate | null {
  const sent = new Date(sentAt);
  if (Number.isNaN(sent.getTime())) return null;
  return dateInZone(sent, isValidTimeZone(timeZone) ? timeZone : 'UTC');
}

/** The first date within about a week that a sentence about a court date or deadline states. */
function soonEvent(sentence: string, day: CalendarDate): string | null {
  if (!AT_STAKE.test(sentence)) return null;
  const ctx = { today: day, previousDate: null };
  const limit = addDays(day, WINDOW_DAYS);
  const candidates = [...relativeCandidates(sentence, ctx), ...explicitCandidates(sentence, ctx)];
  const stated = statedDate(sentence, ctx);
  if (stated) candidates.push({ date: stated, phrase: 'a stated date', index: 0 });
  for (const c of candidates) {
    if (toldInPast(sentence, c.phrase)) continue;
    const soon = compareDates(c.date, day) >= 0 && (compareDates(c.date, limit) <= 0 || NEXT.test(c.phrase));
    if (soon) return `${sentence.match(AT_STAKE)?.[0] ?? 'an event'} ${c.phrase}`;
  }
  return null;
}

/** Is the prospect's matter urgent? `text` is their own words (transcript, form message, new text). */
export function urgencyOf(text: string, sentAt: string, timeZone: string): Urgency {
  const words = text.slice(0, 8000);
  const list = sentences(words).slice(0, 80);
  const said = SAYS_URGENT.exec(words);
  if (said && !NOT_URGENT.test(words)) return { urgent: true, because: `the sender says "${said[0]}"` };
  const held = list.find((s) => HELD_NOW.test(s) || (ARRESTED.test(s) && RECENTLY.test(s)));
  if (held) return { urgent: true, because: `an arrest or detention now: "${clip(held)}"` };
  const day = today(sentAt, timeZone);
  for (const s of day ? list : []) {
    const event = soonEvent(s, day!);
    if (event) return { urgent: true, because: `${event}, within about a week` };
  }
  return { urgent: false, because: null };
}

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
