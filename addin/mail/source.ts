// The mail-source port of the task pane: what the pane needs from whichever host shows it.
// Adapters: `office/` (Outlook, through Office.js) and `demo/` (no Outlook host found).
import type { MailAddress } from '../../shared/followup';
import type { EmailMessage } from '../../shared/email';

export type ThemeKind = 'light' | 'dark';

/** Why there is no message to read: nothing selected, a draft being written, or a meeting item. */
export type UnavailableReason = 'none' | 'compose' | 'unsupported';

export type CurrentItem =
  | { readonly kind: 'message'; readonly message: EmailMessage }
  | { readonly kind: 'unavailable'; readonly reason: UnavailableReason };

export interface MailSource {
  /** 'outlook' when a real Outlook host answered; 'demo' when the pane runs on its built-in message. */
  readonly mode: 'outlook' | 'demo';
  /** The signed-in mailbox user (the demo persona in demo mode). */
  readonly user: MailAddress;
  /** IANA zone of the mailbox, used for "today" and to show due dates. */
  readonly timeZone: string;
  readonly theme: ThemeKind;
  /** Reads the item open in the pane right now. Rejects with a message a user can act on. */
  readCurrentItem(): Promise<CurrentItem>;
  /** Calls `listener` when a pinned pane moves to another item; returns the unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
}
