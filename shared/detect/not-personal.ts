// Mail no person wrote to this firm: auto-replies, bounces, calendar responses, newsletters and
// bulk sends, and the notices of services the firm uses. Nobody there waits for an answer, and none
// of it is a prospect writing in.
import { isAutomated } from '../extract/automated';
import type { ReadMessage } from './message-text';

const NDR_SUBJECT = /\b(undeliverable|undelivered mail|delivery (status notification|has failed|failure|failed)|returned mail|mail delivery (failed|failure|subsystem)|failure notice)\b/i;
const BULK_TEXT = /\bunsubscribe\b|\byou (are receiving|received|are getting) this (e-?mail|message)\b|\bmanage (your )?(email |notification )?preferences\b|\bupdate your (email )?preferences\b|\bview (this email )?in (your )?browser\b|\bread online\b/i;
// Service mailboxes of vendors: billing@, reports@, alerts@ … (a person writes from their own name).
const SYSTEM_SENDER = /^(service|billing|reports?|alerts?|notify|notifications?|support|receipts?|invoices?|system|accounts?|voicemail|fax|noreply[\w-]*|no-reply[\w-]*)@/i;

/** Why `m` is automated or bulk mail, or null when a person seems to have written it. */
export function automatedReason(m: ReadMessage, newText: string): string | null {
  const auto = m.header('Auto-Submitted');
  if (auto && !/^no\b/i.test(auto.trim())) return `Auto-Submitted: ${auto}`;
  const precedence = m.header('Precedence');
  if (precedence && /bulk|list|junk|auto_reply/i.test(precedence)) return `Precedence: ${precedence}`;
  if (m.header('X-Autoreply') || m.header('X-Autorespond')) return 'auto-reply header';
  if (m.header('List-Unsubscribe') || m.header('List-Id')) return 'mailing-list headers';
  if (NDR_SUBJECT.test(m.subject) || /multipart\/report/i.test(m.header('Content-Type') ?? '') || /^(mailer-daemon|postmaster)@/i.test(m.from?.address ?? '')) {
    return 'a delivery failure notice';
  }
  if (isAutomated({ from: m.from, subject: m.subject }, newText)) return 'an automatic reply, calendar response or bulk sender';
  if (BULK_TEXT.test(newText.slice(0, 20_000))) return 'bulk mail (unsubscribe footer)';
  return null;
}

/** A vendor's service mailbox (billing@, alerts@…): its notices ask nothing of a person. */
export const isSystemSender = (m: ReadMessage): boolean => SYSTEM_SENDER.test(m.from?.address ?? '');
