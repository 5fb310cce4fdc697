// The demo firm's wire shapes: subsets of Microsoft Graph v1.0 resources (message, event) plus the
// bookkeeping the emulator and tests need (which mailbox and folder a copy lives in, what the scanner
// should find). Kept free of logic so the emulator can import it without pulling in the generator.

export type MailboxRole = 'partner' | 'associate' | 'paralegal' | 'intake' | 'reception';

export interface DemoMailbox {
  /** GUID-like, stable for a given address (Graph's user id). */
  id: string;
  mail: string;
  displayName: string;
  role: MailboxRole;
  /** IANA zone, e.g. "America/New_York". */
  timeZone: string;
}

export interface EmailAddress {
  name: string;
  address: string;
}

export interface Recipient {
  emailAddress: EmailAddress;
}

export interface GraphMessageSeed {
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  from: Recipient;
  sender?: Recipient;
  toRecipients: Recipient[];
  ccRecipients?: Recipient[];
  replyTo?: Recipient[];
  /** ISO 8601 UTC with Z, like Graph returns. */
  sentDateTime: string;
  receivedDateTime: string;
  conversationId: string;
  /** RFC 2822 Message-ID with angle brackets; the same in every mailbox holding a copy. */
  internetMessageId: string;
  isRead?: boolean;
  importance?: 'low' | 'normal' | 'high';
  /** Only on received copies: Exchange keeps transport headers for what it delivered. */
  internetMessageHeaders?: { name: string; value: string }[];
  /** e.g. { id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' } (PidTagMessageClass). */
  singleValueExtendedProperties?: { id: string; value: string }[];
  attachments?: { name: string; contentType: string; size: number }[];
  hasAttachments?: boolean;
  categories?: string[];
}

export interface SeedItem {
  /** DemoMailbox.id */
  mailbox: string;
  folder: 'inbox' | 'sentitems';
  message: GraphMessageSeed;
}

export interface DateTimeTimeZone {
  /** Local wall time "2026-11-24T09:30:00.0000000", as Graph writes it. */
  dateTime: string;
  /** IANA zone of the mailbox. */
  timeZone: string;
}

export interface DemoEventSeed {
  mailbox: string;
  subject: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  showAs: 'free' | 'tentative' | 'busy' | 'oof';
  isAllDay?: boolean;
}

export interface DemoExpectations {
  /** Firm messages with a clear ask to an outside person and no real reply (auto-replies do not count),
   *  sent more than AWAITING_REPLY_BUSINESS_DAYS business days before `now`. Fresher unanswered asks
   *  exist in the data on purpose and are not listed. */
  awaitingReply: string[];
  /** Every voicemail, missed-call and phone-system notification. */
  voicemails: string[];
  /** Every web-form, lead-service and first-contact email asking for legal help (not the spam). */
  inquiries: string[];
}

export interface DemoFirm {
  tenantId: string;
  name: string;
  domain: string;
  timeZone: string;
  /** DemoMailbox.id of the shared intake mailbox. */
  intakeMailbox: string;
  mailboxes: DemoMailbox[];
  /** Sorted by receivedDateTime (ties: mailbox, folder, internetMessageId). */
  items: SeedItem[];
  events: DemoEventSeed[];
  /** internetMessageIds the scanner should surface. */
  expected: DemoExpectations;
}
