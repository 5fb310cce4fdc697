// What detection reads and what it says about one message: is it a voicemail or missed call, a
// prospective client's inquiry, or neither; who to call back; does it expect a reply.
import type { EmailMessage } from '../email';

export type DetectedKind = 'voicemail' | 'inquiry';

export const PRACTICE_AREAS = ['personal_injury', 'family', 'criminal_defense', 'estate_planning', 'immigration', 'other'] as const;
export type PracticeArea = (typeof PRACTICE_AREAS)[number];

export interface Attachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}

/** The extractor's message plus what a mailbox scan adds: the MAPI message class (PidTagMessageClass),
 *  the internet headers (name → value; looked up case-insensitively) and the attachments' metadata. */
export type DetectableMessage = Omit<EmailMessage, 'id' | 'conversationId' | 'internetMessageId' | 'webLink'> & {
  readonly id?: string;
  readonly conversationId?: string | null;
  readonly internetMessageId?: string | null;
  readonly webLink?: string | null;
  readonly messageClass?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly Attachment[];
};

export interface FirmContext {
  /** The firm's own email domains ("alderfinch.example"); mail from them is never a new inquiry. */
  readonly domains: readonly string[];
  /** Senders the firm already corresponds with: their mail is matter mail, not a new inquiry. */
  readonly isKnownContact?: (address: string) => boolean;
}

export interface Caller {
  readonly name: string | null;
  /** E.164 ("+14845550190"), or null when the number was withheld. */
  readonly phone: string | null;
  readonly durationSeconds: number | null;
  readonly transcript: string | null;
}

export interface Contact {
  readonly name: string | null;
  readonly email: string | null;
  /** E.164 */
  readonly phone: string | null;
}

export interface MessageDetection {
  readonly kind: DetectedKind | null;
  readonly expectsReply: boolean;
  readonly caller: Caller | null;
  readonly contact: Contact | null;
  readonly practiceArea: PracticeArea | null;
  readonly urgent: boolean;
  /** One line for the queue: "Voicemail from Carla Nunez (+16105550134)", "New inquiry: Kim Tran — family". */
  readonly title: string;
  /** At most 300 characters: the transcript or the prospect's message, never the whole body. */
  readonly snippet: string;
  /** Why: the markers that made the kind and where each field came from, in words. */
  readonly evidence: readonly string[];
  /** Why this is machine mail (auto-reply, bounce, bulk or list mail), or null: such mail never answers anyone. */
  readonly automated: string | null;
}
