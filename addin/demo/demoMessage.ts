// The built-in message the pane shows when no Outlook host was found (a plain browser, office.js
// blocked or offline): a partner's reply in a litigation thread with several asks, a signature,
// a confidentiality footer and the quoted message it answers.
import type { EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';

export const DEMO_USER: MailAddress = { name: 'Dana Whitfield', address: 'dana.whitfield@harrowvale.example' };
const PARTNER: MailAddress = { name: 'Priya Raman', address: 'priya.raman@harrowvale.example' };
const PARALEGAL: MailAddress = { name: 'Marcus Bell', address: 'marcus.bell@harrowvale.example' };
const SUBJECT = 'Meridian Holdings v. Castellan Partners: draft motion to compel';

function quotedDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit',
  }).format(instant);
}

function demoBody(quotedSentAt: Date, timeZone: string): string {
  return [
    'Dana,',
    '',
    'Thanks for turning the draft around so quickly. A few things before it goes to the client:',
    '',
    'Can you send me the revised draft with the privilege log changes by Thursday?',
    'Marcus, please confirm the filing deadline with the clerk\'s office by Friday.',
    'I\'ll call opposing counsel tomorrow to ask whether they will agree to move the deposition schedule.',
    '',
    'Could you also pull the two cases Judge Okafor cited in the scheduling order and add them to the table of authorities by end of next week?',
    '',
    'Thanks,',
    'Priya',
    '',
    'Priya Raman | Partner',
    'Harrow & Vale LLP',
    '200 Park Avenue, 31st Floor, New York, NY 10166',
    'T +1 212 555 0142',
    '',
    'CONFIDENTIALITY NOTICE: This email and any attachments may contain privileged attorney-client',
    'communications or attorney work product. If you are not the intended recipient, please delete it.',
    '',
    '-----Original Message-----',
    `From: ${DEMO_USER.name} <${DEMO_USER.address}>`,
    `Sent: ${quotedDate(quotedSentAt, timeZone)}`,
    `To: ${PARTNER.name} <${PARTNER.address}>`,
    `Cc: ${PARALEGAL.name} <${PARALEGAL.address}>`,
    `Subject: ${SUBJECT}`,
    '',
    'Priya,',
    '',
    'Attached is the first draft of the motion to compel. Please let me know if you want the',
    'meet-and-confer section expanded before Wednesday.',
    '',
    'Best,',
    'Dana',
  ].join('\n');
}

/** The demo message as if it arrived 90 minutes before `now`, in the mailbox zone. */
export function createDemoMessage(now: Date, timeZone: string): EmailMessage {
  const sentAt = new Date(now.getTime() - 90 * 60_000);
  const quotedSentAt = new Date(sentAt.getTime() - 26 * 3_600_000);
  return {
    id: 'demo-message-meridian-2',
    conversationId: 'demo-conversation-meridian',
    internetMessageId: '<demo-meridian-2@harrowvale.example>',
    subject: `RE: ${SUBJECT}`,
    from: PARTNER,
    to: [DEMO_USER],
    cc: [PARALEGAL],
    sentAt: sentAt.toISOString(),
    timeZone,
    bodyType: 'text',
    body: demoBody(quotedSentAt, timeZone),
    webLink: null,
  };
}
