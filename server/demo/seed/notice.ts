// A phone call as the phone systems see it, and the shape of any machine-sent notice (phone system, web
// form, lead service) before it becomes a Graph message.
import type { IdStyle } from './ids';
import type { EmailAddress, GraphMessageSeed } from './types';

export interface Call {
  /** The caller's name when the system knows it (directory, contacts); else only the number shows. */
  name?: string;
  /** Carrier caller-ID label ("COLEMAN TAMIKA", "WIRELESS CALLER"). */
  cnam: string;
  /** Ten digits. */
  phone: string;
  transcript?: string;
  seconds: number;
  urgent: boolean;
  /** When the call ended. */
  atMs: number;
  /** Whose line rang. */
  box: { name: string; address: string; line: string; ext: string; timeZone: string };
}

export interface Notice {
  from: EmailAddress;
  /** Web forms send from the site's own address and put the visitor here. */
  replyTo?: EmailAddress[];
  subject: string;
  body: GraphMessageSeed['body'];
  headers?: { name: string; value: string }[];
  messageClass?: string;
  attachments?: { name: string; contentType: string; size: number }[];
  importance?: 'low' | 'normal' | 'high';
  idStyle: IdStyle;
}
