// The queue items the scanner creates from one message: a voicemail, an inquiry, a commitment
// the firm made. Each is keyed on the message's internetMessageId, so seeing the message again
// (a replayed delta page, a resync, the same mail in two mailboxes) never adds a second item.
import { createHash } from 'node:crypto';
import type { MessageDetection } from '../../shared/detect';
import type { Suggestion } from '../../shared/extract';
import { MAX_SNIPPET, MAX_TITLE, type FollowUpDetails, type NewFollowUpParsed } from '../../shared/followup';
import type { ScannedMail } from './to-email';

/** Speed to first response wins a prospect: a call or an inquiry is due an hour after it came in. */
export const CALLBACK_WITHIN_MS = 60 * 60 * 1000;

export interface QueueItem {
  readonly key: string;
  readonly input: NewFollowUpParsed;
  readonly details: FollowUpDetails;
}

const messageKey = (mail: ScannedMail) => mail.email.internetMessageId ?? mail.email.id;
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Outlook's web link to the message, when it is one a browser can open. */
export const httpLink = (url: string | null): string | null => (url !== null && /^https?:\/\//.test(url) ? url : null);

export function source(mail: ScannedMail): NewFollowUpParsed['source'] {
  const { email } = mail;
  return {
    messageId: email.id,
    conversationId: email.conversationId,
    internetMessageId: email.internetMessageId,
    subject: clip(email.subject, 1024),
    from: email.from,
    sentAt: new Date(email.sentAt).toISOString(),
    webLink: httpLink(email.webLink),
  };
}

export function detectionItem(mail: ScannedMail, d: MessageDetection, mailbox: string, owner: string | null): QueueItem | null {
  if (d.kind === null) return null;
  const arrived = new Date(mail.receivedAt ?? mail.email.sentAt);
  return {
    key: `${d.kind} ${messageKey(mail)}`,
    input: {
      kind: d.kind,
      title: clip(d.title.trim() || mail.email.subject || d.kind, MAX_TITLE),
      owner,
      due: new Date(arrived.getTime() + CALLBACK_WITHIN_MS).toISOString(),
      source: source(mail),
      snippet: clip(d.snippet, MAX_SNIPPET),
    },
    details: {
      mailbox,
      caller: d.caller === null ? null : { name: d.caller.name, phone: d.caller.phone, durationSeconds: d.caller.durationSeconds },
      contact: d.contact,
      practiceArea: d.practiceArea,
      urgent: d.urgent,
      evidence: [...d.evidence],
    },
  };
}

/** A promise the firm made in sent mail ("I'll send the draft by Friday"): the sender owns it. */
export function commitmentItem(mail: ScannedMail, s: Suggestion, mailbox: string): QueueItem {
  const text = clip(s.text, MAX_TITLE);
  const hash = createHash('sha256').update(text.toLowerCase().replace(/\s+/g, ' ')).digest('hex').slice(0, 16);
  return {
    key: `commitment ${messageKey(mail)} ${hash}`,
    input: { kind: 'commitment', title: text, owner: mail.email.from?.address ?? null, due: s.due, source: source(mail), snippet: clip(text, MAX_SNIPPET) },
    details: {
      mailbox, caller: null, contact: null, practiceArea: null, urgent: false,
      evidence: [`"${s.evidence.trigger}" in mail the firm sent`, ...(s.evidence.datePhrase === null ? [] : [`due from "${s.evidence.datePhrase}"`])],
    },
  };
}
