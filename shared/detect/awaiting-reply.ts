// Awaiting reply: a message the firm sent that asks something, not yet answered by its recipients
// N business days later. Due is the same local clock time N business days after sending, in the
// firm's zone (weekends and US federal holidays skipped, DST applied): sent Friday 14:30, two
// business days → Tuesday 14:30. Pure: "now" is given.
import { TZDate } from '@date-fns/tz';
import type { MailAddress } from '../followup';
import { addBusinessDays } from '../dates/business-days';
import { isValidTimeZone } from '../dates/calendar-date';
import { isFirmAddress } from './message-text';

export type AwaitingReplyState = 'not_applicable' | 'waiting' | 'overdue' | 'answered';

export interface SentMessage {
  readonly sentAt: string;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly expectsReply: boolean;
  readonly conversationId: string | null;
}

export interface LaterMessage {
  readonly from: MailAddress | null;
  readonly sentAt: string;
  /** Out-of-office replies, read receipts, bounces: they answer nothing. */
  readonly isAutoReply: boolean;
}

export interface AwaitingReplyOptions {
  readonly firmDomains: readonly string[];
  /** Firm setting; default 2. */
  readonly businessDays?: number;
  /** The firm's IANA zone: business days are days on its calendar. */
  readonly timeZone: string;
  readonly now: Date;
}

export interface AwaitingReplyResult {
  readonly state: AwaitingReplyState;
  /** ISO 8601 instant with the zone's offset, or null when not applicable. */
  readonly dueAt: string | null;
  /** The address whose message answered, when answered. */
  readonly answeredBy: string | null;
  readonly evidence: string[];
}

const BOUNCER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i;
const lower = (a: MailAddress | null | undefined): string => (a?.address ?? '').trim().toLowerCase();

/** Same local clock time `days` business days after `sent`, in `zone`. */
export function replyDueAt(sent: Date, days: number, zone: string): string {
  const local = new TZDate(sent.getTime(), zone);
  const day = addBusinessDays({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }, days);
  const due = new TZDate(day.year, day.month - 1, day.day, local.getHours(), local.getMinutes(), local.getSeconds(), zone);
  return due.toISOString().replace('.000', '');
}

/** The later message that answers `sent`: from one of its recipients, or from any outside sender
 *  when the recipients were outside the firm; never the firm's own follow-up or an auto-reply. */
function answerTo(sent: SentMessage, later: readonly LaterMessage[], sentAt: number, firmDomains: readonly string[]): LaterMessage | null {
  const recipients = new Set([...sent.to, ...sent.cc].map(lower).filter(Boolean));
  const external = [...recipients].some((r) => !isFirmAddress(r, firmDomains));
  const sender = lower(sent.from);
  const answers = later.filter((l) => {
    const from = lower(l.from);
    const at = Date.parse(l.sentAt);
    if (!from || from === sender || l.isAutoReply || BOUNCER.test(from) || Number.isNaN(at) || at <= sentAt) return false;
    return recipients.has(from) || (external && !isFirmAddress(from, firmDomains));
  });
  return answers.sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))[0] ?? null;
}

export function awaitingReplyState(sent: SentMessage, laterInConversation: readonly LaterMessage[], opts: AwaitingReplyOptions): AwaitingReplyResult {
  const none = (why: string): AwaitingReplyResult => ({ state: 'not_applicable', dueAt: null, answeredBy: null, evidence: [why] });
  if (!sent.expectsReply) return none('the message asks nothing, so no reply is awaited');
  if (!isFirmAddress(lower(sent.from), opts.firmDomains)) return none('not sent by the firm');
  const sentAt = Date.parse(sent.sentAt);
  if (Number.isNaN(sentAt)) return none('the sent time cannot be read');
  const days = Number.isInteger(opts.businessDays) && opts.businessDays! >= 0 ? opts.businessDays! : 2;
  const zone = isValidTimeZone(opts.timeZone) ? opts.timeZone : 'UTC';
  const dueAt = replyDueAt(new Date(sentAt), days, zone);
  const answer = answerTo(sent, laterInConversation, sentAt, opts.firmDomains);
  if (answer) {
    return { state: 'answered', dueAt, answeredBy: lower(answer.from), evidence: [`answered by ${lower(answer.from)} at ${answer.sentAt}`] };
  }
  const ignored = laterInConversation.length > 0 ? [`${laterInConversation.length} later message(s), none an answer from the recipients (auto-replies and the firm's own follow-ups do not count)`] : [];
  const overdue = opts.now.getTime() >= Date.parse(dueAt);
  return {
    state: overdue ? 'overdue' : 'waiting', dueAt, answeredBy: null,
    evidence: [`due ${days} business day(s) after sending, at the same local time in ${zone}: ${dueAt}`, ...ignored],
  };
}
