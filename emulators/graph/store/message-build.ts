// SeedMessage → GraphMessage: fills what Exchange fills when a message lands in a folder.
import { exchangeId, graphDate, messageIdentity, messageWebLink, normaliseDate } from '../format';
import { previewOf } from '../html';
import type { AttachmentInfo, GraphMessage, InternetMessageHeader, ItemBody, Recipient, SeedMessage } from '../types';
import { selfRecipient, type Folder, type Mailbox } from './mailbox';

export function normaliseBody(body: { readonly contentType?: string; readonly content?: string } | undefined): ItemBody {
  const type = (body?.contentType ?? 'html').toLowerCase() === 'text' ? 'text' : 'html';
  return { contentType: type, content: body?.content ?? '' };
}

/** Lands a seed in `folder` under a new id: the stored message (not yet indexed; see changes.ts). */
export function buildMessage(mailbox: Mailbox, folder: Folder, seed: SeedMessage, now: Date): GraphMessage {
  mailbox.counter += 1;
  const made = messageIdentity(`${mailbox.id}/message/${mailbox.counter}`, now);
  const id = seed.id ?? made.id;
  const stamp = graphDate(now);
  const outgoing = folder.wellKnown === 'sentitems' || folder.wellKnown === 'drafts' || folder.wellKnown === 'outbox';
  const from = seed.from ?? seed.sender ?? (outgoing ? selfRecipient(mailbox) : null);
  const received = normaliseDate(seed.receivedDateTime) ?? normaliseDate(seed.sentDateTime) ?? stamp;
  const body = normaliseBody(seed.body);
  const attachments = (seed.attachments ?? []).map((a, i) => attachment(a, `${id}/${i}`, received));
  const internetMessageId = seed.internetMessageId ?? `<${made.hex}@${from?.emailAddress.address.split('@')[1] ?? 'emulator.outlook.com'}>`;
  const sentDateTime = normaliseDate(seed.sentDateTime) ?? received;
  const subject = seed.subject ?? '';
  const to = seed.toRecipients ?? [];
  const cc = seed.ccRecipients ?? [];
  return {
    id, createdDateTime: stamp, lastModifiedDateTime: stamp, changeKey: made.changeKey,
    categories: seed.categories ?? [], receivedDateTime: received, sentDateTime,
    hasAttachments: seed.hasAttachments ?? attachments.some((a) => a.isInline !== true), internetMessageId,
    subject, bodyPreview: seed.bodyPreview ?? previewOf(body), importance: seed.importance ?? 'normal',
    parentFolderId: folder.id, conversationId: seed.conversationId ?? made.conversationId,
    conversationIndex: seed.conversationIndex ?? made.conversationIndex,
    isDeliveryReceiptRequested: seed.isDeliveryReceiptRequested ?? false, isReadReceiptRequested: seed.isReadReceiptRequested ?? false,
    isRead: seed.isRead ?? outgoing, isDraft: seed.isDraft ?? folder.wellKnown === 'drafts', webLink: messageWebLink(id),
    inferenceClassification: seed.inferenceClassification ?? 'focused', body,
    sender: seed.sender ?? from, from, toRecipients: to, ccRecipients: cc,
    bccRecipients: seed.bccRecipients ?? [], replyTo: seed.replyTo ?? [], flag: seed.flag ?? { flagStatus: 'notFlagged' },
    uniqueBody: seed.uniqueBody === undefined ? body : normaliseBody(seed.uniqueBody),
    singleValueExtendedProperties: seed.singleValueExtendedProperties ?? [], attachments,
    internetMessageHeaders: mergeHeaders(standardHeaders({ internetMessageId, sentDateTime, subject, body, from, to, cc }), seed.internetMessageHeaders ?? []),
  };
}

function attachment(a: Partial<AttachmentInfo> & { readonly name: string }, seed: string, at: string): AttachmentInfo {
  const bytes = a.contentBytes === undefined ? 0 : Math.floor((a.contentBytes.length * 3) / 4);
  return {
    '@odata.type': a['@odata.type'] ?? '#microsoft.graph.fileAttachment', id: a.id ?? exchangeId('AAMkAG', `${seed}/attachment`),
    lastModifiedDateTime: a.lastModifiedDateTime ?? at, name: a.name, contentType: a.contentType ?? 'application/octet-stream',
    size: a.size ?? bytes, isInline: a.isInline ?? false, ...(a.contentBytes === undefined ? {} : { contentBytes: a.contentBytes }),
  };
}

const list = (rs: readonly Recipient[]) => rs.map((r) => (r.emailAddress.name === undefined ? r.emailAddress.address : `${r.emailAddress.name} <${r.emailAddress.address}>`)).join(', ');

interface HeaderSource {
  readonly internetMessageId: string; readonly sentDateTime: string; readonly subject: string; readonly body: ItemBody;
  readonly from: Recipient | null; readonly to: readonly Recipient[]; readonly cc: readonly Recipient[];
}

/** The headers every delivered message has; a seed's own headers are added after (and win). */
function standardHeaders(m: HeaderSource): InternetMessageHeader[] {
  const headers: InternetMessageHeader[] = [
    { name: 'Message-ID', value: m.internetMessageId },
    { name: 'Date', value: new Date(m.sentDateTime).toUTCString().replace('GMT', '+0000') },
    { name: 'Subject', value: m.subject },
    { name: 'MIME-Version', value: '1.0' },
    { name: 'Content-Type', value: m.body.contentType === 'html' ? 'text/html; charset="utf-8"' : 'text/plain; charset="utf-8"' },
  ];
  if (m.from !== null) headers.splice(1, 0, { name: 'From', value: list([m.from]) });
  if (m.to.length > 0) headers.push({ name: 'To', value: list(m.to) });
  if (m.cc.length > 0) headers.push({ name: 'Cc', value: list(m.cc) });
  return headers;
}

function mergeHeaders(base: readonly InternetMessageHeader[], extra: readonly InternetMessageHeader[]): InternetMessageHeader[] {
  const overridden = new Set(extra.map((h) => h.name.toLowerCase()));
  return [...base.filter((h) => !overridden.has(h.name.toLowerCase())), ...extra];
}
