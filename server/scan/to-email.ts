// A Graph message as the extraction core and the detectors see it. The body lives only in this
// object, in memory, for the time detection takes.
import type { EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';
import { address, MESSAGE_CLASS_PROPERTY, type GraphMessage } from '../graph/messages';

export interface ScannedMail {
  readonly email: EmailMessage;
  readonly messageClass: string | null;
  /** Header name (lowercase) → value. */
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: readonly { name: string; contentType: string; size: number }[];
  readonly receivedAt: string | null;
}

const addresses = (list: GraphMessage['toRecipients']): MailAddress[] =>
  (list ?? []).map(address).filter((a): a is MailAddress => a !== null);

export function toScannedMail(m: GraphMessage, timeZone: string): ScannedMail {
  const headers: Record<string, string> = {};
  for (const h of m.internetMessageHeaders ?? []) headers[h.name.toLowerCase()] = h.value;
  const messageClass = (m.singleValueExtendedProperties ?? [])
    .find((p) => p.id.toLowerCase().replace(/\s+/g, ' ') === MESSAGE_CLASS_PROPERTY.toLowerCase() || /0x1a$/i.test(p.id))?.value ?? null;
  const sentAt = m.sentDateTime ?? m.receivedDateTime ?? '1970-01-01T00:00:00Z';
  return {
    email: {
      id: m.id,
      conversationId: m.conversationId ?? null,
      internetMessageId: m.internetMessageId ?? null,
      subject: m.subject ?? '',
      from: address(m.from) ?? address(m.sender),
      to: addresses(m.toRecipients),
      cc: addresses(m.ccRecipients),
      sentAt,
      timeZone,
      bodyType: m.body?.contentType?.toLowerCase() === 'text' ? 'text' : 'html',
      body: m.body?.content ?? m.bodyPreview ?? '',
      webLink: m.webLink ?? null,
    },
    messageClass,
    headers,
    attachments: (m.attachments ?? []).map((a) => ({ name: a.name ?? '', contentType: a.contentType ?? '', size: a.size ?? 0 })),
    receivedAt: m.receivedDateTime ?? null,
  };
}
