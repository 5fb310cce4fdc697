// Sample messages for the task-pane browser tests, in the shape the Office host stand-in serves
// (see office-host-standin.js) and as the shared EmailMessage the extraction core reads.
import type { EmailMessage } from '../../shared/email';

export interface StandinAddress { readonly displayName: string; readonly emailAddress: string }

export interface StandinMessage {
  readonly itemId: string;
  readonly conversationId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: StandinAddress;
  readonly to: readonly StandinAddress[];
  readonly cc: readonly StandinAddress[];
  readonly dateTimeCreated: string;
  readonly body: string;
  /** Built in the page: `text` repeated to `length` characters (keeps a 5 MB body out of the init script). */
  readonly bodyRepeat?: { readonly text: string; readonly length: number };
  readonly compose?: boolean;
  readonly user: StandinAddress & { readonly timeZone: string };
}

export const PARTNER = { displayName: 'Priya Raman', emailAddress: 'priya.raman@harrowvale.example' };
export const ASSOCIATE = { displayName: 'Dana Whitfield', emailAddress: 'dana.whitfield@harrowvale.example' };
export const PARALEGAL = { displayName: 'Marcus Bell', emailAddress: 'marcus.bell@harrowvale.example' };
/** A Windows zone name, as Outlook on Windows reports it: the pane must map it to America/New_York. */
export const WINDOWS_ZONE = 'Eastern Standard Time';
export const IANA_ZONE = 'America/New_York';

/** An hour before `now`, to the minute: due dates land in the future, as in real use. */
export function anHourAgo(now: Date): string {
  return new Date(Math.floor((now.getTime() - 3_600_000) / 60_000) * 60_000).toISOString();
}

export function message(id: string, subject: string, body: string, sentAt: string, extra: Partial<StandinMessage> = {}): StandinMessage {
  return {
    itemId: `AAMkAD-${id}`,
    conversationId: `AAQkAD-conv-${id}`,
    internetMessageId: `<${id}@harrowvale.example>`,
    subject,
    from: PARTNER,
    to: [ASSOCIATE],
    cc: [PARALEGAL],
    dateTimeCreated: sentAt,
    body,
    user: { ...ASSOCIATE, timeZone: WINDOWS_ZONE },
    ...extra,
  };
}

export const ASKS_BODY = [
  'Dana,',
  '',
  'Thanks for the quick turnaround on the motion.',
  '',
  'Can you send the revised draft by Thursday?',
  'Please confirm the filing deadline by Friday.',
  "I'll call opposing counsel tomorrow.",
  '',
  'Thanks,',
  'Priya',
  '',
  'Priya Raman | Partner',
  'Harrow & Vale LLP',
].join('\n');

export const HOSTILE_SUBJECT = '<b>Urgent</b> <i>RE:</i> عقد الإيجار / 賃貸契約 <script>window.__pwned=1</script>';

export const HOSTILE_BODY = [
  'Hi Dana,',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<div><p>Broken <b>tags <i>everywhere</p></div',
  'Please review the <b>lease</b> <img src=x onerror="window.__pwned=1"> by Friday.',
  'يرجى مراجعة العقد قبل يوم الخميس. שלום, נא לאשר את ההסכם.',
  '東京事務所に契約書を送ってください。',
  'Can you send the עברית summary and the 東京 memo to the client by Monday?',
  '',
  'Thanks,',
  'Priya',
].join('\n');

/** A reply on top of 19 quoted earlier messages, about 50 KB. */
export function longThreadBody(): string {
  const parts = ['Dana,', '', 'Can you circulate the final exhibit list by Wednesday?', 'Please update the privilege log by Friday.', '', 'Thanks,', 'Priya', ''];
  const filler = 'We went through the production set again and flagged the documents that need a second look before the meet-and-confer. The clerk confirmed the hearing remains on calendar and that courtesy copies should go to chambers. ';
  for (let i = 19; i >= 1; i--) {
    parts.push('-----Original Message-----', `From: ${i % 2 ? ASSOCIATE.displayName : PARTNER.displayName}`, `Sent: Monday, November ${i}, 2026 9:${String(i).padStart(2, '0')} AM`,
      `To: ${i % 2 ? PARTNER.displayName : ASSOCIATE.displayName}`, 'Subject: RE: Meridian v. Castellan: exhibits', '',
      filler.repeat(10), i % 3 === 0 ? 'Could you check the deposition transcript index by Tuesday?' : 'Noted, thanks.', '');
  }
  return parts.join('\n');
}

/** The EmailMessage the pane builds from a stand-in message (to run extraction in Node for expectations). */
export function asEmailMessage(m: StandinMessage): EmailMessage {
  const addr = (a: StandinAddress) => ({ name: a.displayName, address: a.emailAddress });
  return {
    id: m.itemId, conversationId: m.conversationId, internetMessageId: m.internetMessageId, subject: m.subject,
    from: addr(m.from), to: m.to.map(addr), cc: m.cc.map(addr), sentAt: new Date(m.dateTimeCreated).toISOString(),
    timeZone: IANA_ZONE, bodyType: 'text', body: m.body, webLink: null,
  };
}
