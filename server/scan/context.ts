// What the scanner knows about the firm it scans for, fixed for the life of a scanner.
import type { Store } from '../store/store';

export interface FirmScanSettings {
  readonly firmId: string;
  /** The firm's own email domains: mail from anyone else is external. */
  readonly domains: readonly string[];
  /** IANA zone business days are counted in. */
  readonly timeZone: string;
  /** Business days without an answer before a sent ask becomes an awaiting-reply item. */
  readonly awaitingReplyBusinessDays: number;
  /** The shared mailbox calls and web forms arrive in, if any; its items go to `intakeOwner`. */
  readonly intakeMailbox: string | null;
  readonly intakeOwner: string | null;
}

export interface ScanContext {
  readonly firm: FirmScanSettings;
  readonly store: Store;
  readonly now: () => Date;
}

/** Who follow-ups are recorded as created or changed by, in the queue's history. */
export const SCANNER_ACTOR = 'onus:mailbox-scanner';
