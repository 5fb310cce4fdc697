// Ask extraction: an email in, the follow-ups it proposes out. A pipeline of small pure stages:
// body text → new vs forwarded text → cleaned of boilerplate → sentences → asks → owner → due.
import type { EmailMessage } from '../email';
import { dateInZone, isValidTimeZone, type CalendarDate } from '../dates/calendar-date';
import { dueInstant } from '../dates/due-instant';
import { findDuePhrase, NO_DEADLINE, statedDate, statedEvents, type DuePhrase } from '../dates/due-phrases';
import { bodyText } from './1-body-text';
import { segments } from './2-segments';
import { cleanText } from './3-clean';
import { sentences } from './4-sentences';
import { classify, type Classification } from './5-classify';
import { chooseOwner, greetingOwner, namedInSentence, type Participants } from './6-owner';
import { isAutomated } from './automated';
import type { Suggestion } from './types';

export type { Suggestion, AskKind, AskEvidence } from './types';

// "I'll review it the same night." takes the date of the ask before it.
const SAME_DAY = /\b(the same (day|night|evening|afternoon|morning)|that (day|night|evening|afternoon|morning))\b/i;

const DATES_THE_ASK_BEFORE = /\b(need|needs|needed|due|deadline|have to|has to|must)\b.*\b(it|them|those|these|that|this|they)\b|\b(it|them|those|these|that|this|they)\b.*\b(need|needs|needed|due|deadline|have to|has to|must)\b/i;

interface Found {
  readonly sentence: string;
  readonly ask: Classification;
  readonly due: DuePhrase | null;
  readonly forwarded: boolean;
}

function today(message: EmailMessage): CalendarDate | null {
  const sent = new Date(message.sentAt);
  // Outside these years a date is corrupt, and a due instant computed from it may not exist.
  if (Number.isNaN(sent.getTime()) || sent.getUTCFullYear() < 1900 || sent.getUTCFullYear() > 2200) return null;
  return dateInZone(sent, zoneOf(message));
}

const zoneOf = (message: EmailMessage): string => (isValidTimeZone(message.timeZone) ? message.timeZone : 'UTC');

/** Asks of one segment with their due phrases, the adjacent sentence and "that day" included. */
function asksIn(list: readonly string[], forwarded: boolean, day: CalendarDate | null): Found[] {
  const found: Found[] = [];
  let previousDate: CalendarDate | null = null;
  const events = new Map<string, CalendarDate>();
  const classified = list.map(classify);
  list.forEach((sentence, i) => {
    // A promise made by a third party inside a forward is theirs to keep, not the team's to own.
    const ask = forwarded && classified[i]?.kind === 'commitment' ? null : classified[i];
    const ctx = day && { today: day, previousDate, events };
    if (ask && ctx) {
      let due = findDuePhrase(sentence, ctx, Math.max(0, sentence.indexOf(ask.trigger)));
      const last = found[found.length - 1]?.due;
      if (!due && last && SAME_DAY.test(sentence)) due = { ...last, time: null, phrase: SAME_DAY.exec(sentence)![0] };
      const next = list[i + 1];
      // "Could one of you pull the logs? We need those before the meet-and-confer on the 20th." The next
      // sentence dates this ask only when it points back at it with a need or a deadline.
      if (!due && next && !classified[i + 1] && !NO_DEADLINE.test(sentence) && DATES_THE_ASK_BEFORE.test(next)) {
        due = findDuePhrase(next, ctx);
      }
      found.push({ sentence, ask, due, forwarded });
    } else if (ask) {
      found.push({ sentence, ask, due: null, forwarded });
    }
    if (ctx) {
      previousDate = statedDate(sentence, ctx) ?? previousDate;
      for (const [noun, date] of statedEvents(sentence, ctx)) events.set(noun, date);
    }
  });
  return found;
}

export function extractAsks(message: EmailMessage): Suggestion[] {
  const text = bodyText(message.body ?? '', message.bodyType);
  const parts = segments(text, message.subject ?? '');
  const own = cleanText(parts[0]?.text ?? '');
  if (isAutomated(message, own)) return [];
  const people: Participants = { from: message.from, to: message.to, cc: message.cc };
  const ownSentences = sentences(own);
  const greeting = greetingOwner(own.trim().split('\n')[0] ?? '', people);
  const forwardee = ownSentences.map((s) => namedInSentence(s, people)).find(Boolean) ?? null;
  const day = today(message);
  const found = [
    ...asksIn(ownSentences, false, day),
    ...parts.slice(1).flatMap((p) => asksIn(sentences(cleanText(p.text)), p.forwarded, day)),
  ];
  const seen = new Set<string>();
  return found.filter(({ sentence }) => !seen.has(sentence) && Boolean(seen.add(sentence))).map((f) => {
    const owner = chooseOwner({ kind: f.ask.kind, sentence: f.sentence, forwarded: f.forwarded, people, greeting, forwardee });
    return {
      text: f.sentence,
      kind: f.ask.kind,
      owner: owner.owner,
      due: f.due ? dueInstant(f.due.date, f.due.time, zoneOf(message)) : null,
      dueTime: f.due?.time ?? null,
      forwarded: f.forwarded,
      confidence: f.ask.confidence,
      evidence: { trigger: f.ask.trigger, datePhrase: f.due?.phrase ?? null, ownerReason: owner.reason },
    };
  });
}
