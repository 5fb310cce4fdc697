// Messages nobody should answer as a person: out-of-office replies, meeting invitations and
// responses, bounces, e-signature and portal notices, court e-filing, newsletters from bulk senders.
// Their "please contact…" and "register now" lines are not asks.
import type { EmailMessage } from '../email';

// "noreply@", "dse_NA4@docusign…", "calendar-notification@", "news@", "chapter-news@", "uscis-casestatus@"
const BULK_SENDER = /^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?|notifications?|ecf|efiling|e-filing|auto-?confirm|dse(_\w+)?|calendar(-notification)?|[\w.-]*(news|newsletter|events|alerts?|updates|casestatus|bulletin|digest|marketing|promotions?)|mailer)[@._+-]/i;
const AUTOMATED_SUBJECT = /^\s*(automatic reply|auto(matic)?[- ]?reply|respuesta automática|réponse automatique|automatische antwort|auto:|out of (the )?office|accepted:|declined:|tentative(ly accepted)?:|new time proposed:|invitation:|updated invitation|canceled( event)?:|cancelled( event)?:|undeliverable|delivery status notification|mail delivery (failed|failure)|activity in case|notice of electronic filing|read:|completed: |you have been sent a document)/i;
// "I am out of the office until Monday" (also after a first paragraph in another language)
const OUT_OF_OFFICE = /(^|\n)\W*(thank you for your (e-?mail|message)[.!]?\s*)?(I am|I'm|I will be|I'll be)\s+(currently\s+)?(out of (the )?office|away from (the|my) (office|desk)|on (vacation|leave|holiday|annual leave|parental leave)|traveling|travelling)\b/i;

export function isAutomated(message: Pick<EmailMessage, 'from' | 'subject'>, newText: string): boolean {
  return BULK_SENDER.test(message.from?.address ?? '')
    || AUTOMATED_SUBJECT.test(message.subject)
    || OUT_OF_OFFICE.test(newText.trim().slice(0, 2000));
}
