// Messages nobody should answer as a person: out-of-office replies, meeting responses, bounces,
// court e-filing notices and no-reply senders. Their "please contact…" lines are not asks.
import type { EmailMessage } from '../email';

const NO_REPLY_SENDER = /^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounce[s]?|notifications?|ecf|efiling|e-filing|auto-?confirm)[@._+-]/i;
const AUTOMATED_SUBJECT = /^\s*(automatic reply|auto(matic)?[- ]?reply|auto:|out of (the )?office|accepted:|declined:|tentative(ly accepted)?:|new time proposed:|canceled:|cancelled:|undeliverable|delivery status notification|mail delivery (failed|failure)|activity in case|notice of electronic filing|read:)/i;
const OUT_OF_OFFICE = /^\W*(thank you for your (e-?mail|message)[.!]?\s*)?(I am|I'm|I will be|I'll be)\s+(currently\s+)?(out of (the )?office|away from (the|my) (office|desk)|on (vacation|leave|holiday|annual leave|parental leave)|traveling|travelling)\b/i;

export function isAutomated(message: Pick<EmailMessage, 'from' | 'subject'>, newText: string): boolean {
  return NO_REPLY_SENDER.test(message.from?.address ?? '')
    || AUTOMATED_SUBJECT.test(message.subject)
    || OUT_OF_OFFICE.test(newText.trim());
}
