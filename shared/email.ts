// An email as the extraction core sees it, whichever adapter produced it (Office.js for the open
// item, Graph for mailbox scans, JSONL records for evaluation).
import type { MailAddress } from './followup';

export type BodyType = 'text' | 'html';

export interface EmailMessage {
  /** The mail source's id for the message (Office item id or Graph id). */
  readonly id: string;
  readonly conversationId: string | null;
  readonly internetMessageId: string | null;
  readonly subject: string;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  /** ISO 8601 instant with offset: "today" for due dates is this instant's date in `timeZone`. */
  readonly sentAt: string;
  /** IANA zone of the mailbox, e.g. "America/New_York". */
  readonly timeZone: string;
  readonly bodyType: BodyType;
  readonly body: string;
  readonly webLink: string | null;
}
