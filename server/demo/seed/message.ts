// From a draft (who, what, when) to Graph message JSON, and from one message to the copies Exchange
// keeps: the sender's Sent Items when the sender is a firm mailbox, plus an Inbox copy for every firm
// mailbox among the recipients. Copies share internetMessageId and differ in folder, isRead and headers.
import type { Style } from './doc';
import { hash32, type Rng } from './rng';
import { isoZ } from './time';
import type { DemoMailbox, EmailAddress, GraphMessageSeed, Recipient, SeedItem } from './types';

/** Someone who writes mail: their client decides how bodies and quotes look. */
export interface Person extends EmailAddress {
  style: Style;
  timeZone: string;
  /** Signature block under their own text (firm staff); absent means a bare sign-off. */
  signature?: string;
  /** Confidentiality notice some firms append under the signature. */
  disclaimer?: string;
}

export interface Draft {
  from: EmailAddress;
  sender?: EmailAddress;
  to: EmailAddress[];
  cc?: EmailAddress[];
  replyTo?: EmailAddress[];
  subject: string;
  body: GraphMessageSeed['body'];
  sentMs: number;
  receivedMs: number;
  conversationId: string;
  internetMessageId: string;
  importance?: 'low' | 'normal' | 'high';
  headers?: { name: string; value: string }[];
  /** PidTagMessageClass; set only when it is not the default IPM.Note. */
  messageClass?: string;
  attachments?: { name: string; contentType: string; size: number }[];
  categories?: string[];
}

export const recipient = (a: EmailAddress): Recipient => ({ emailAddress: { name: a.name, address: a.address } });

/** Seconds a message spends in transport: internal mail is near-instant, outside mail takes longer. */
export function transitMs(rng: Rng, internal: boolean): number {
  return (internal ? rng.int(1, 4) : rng.int(4, 75)) * 1000;
}

export function toGraph(d: Draft): GraphMessageSeed {
  const m: GraphMessageSeed = {
    subject: d.subject,
    body: d.body,
    from: recipient(d.from),
    sender: recipient(d.sender ?? d.from),
    toRecipients: d.to.map(recipient),
    ccRecipients: (d.cc ?? []).map(recipient),
    sentDateTime: isoZ(d.sentMs),
    receivedDateTime: isoZ(d.receivedMs),
    conversationId: d.conversationId,
    internetMessageId: d.internetMessageId,
    importance: d.importance ?? 'normal',
    hasAttachments: (d.attachments?.length ?? 0) > 0,
  };
  if (d.replyTo) m.replyTo = d.replyTo.map(recipient);
  if (d.headers?.length) m.internetMessageHeaders = d.headers;
  if (d.messageClass) m.singleValueExtendedProperties = [{ id: 'String 0x001A', value: d.messageClass }];
  if (d.attachments?.length) m.attachments = d.attachments;
  if (d.categories?.length) m.categories = d.categories;
  return m;
}

/** Read state a person would plausibly leave: most older mail read, most of the last day not. */
function looksRead(m: GraphMessageSeed, mailbox: string, nowMs: number): boolean {
  const ageHours = (nowMs - Date.parse(m.receivedDateTime)) / 3_600_000;
  const h = hash32(`${mailbox}|${m.internetMessageId}`) % 10;
  return ageHours > 20 ? h !== 0 : h < 3;
}

const indexes = new WeakMap<readonly DemoMailbox[], Map<string, DemoMailbox>>();

function index(mailboxes: readonly DemoMailbox[]): Map<string, DemoMailbox> {
  let byAddress = indexes.get(mailboxes);
  if (!byAddress) indexes.set(mailboxes, (byAddress = new Map(mailboxes.map((b) => [b.mail.toLowerCase(), b]))));
  return byAddress;
}

export function deliver(m: GraphMessageSeed, mailboxes: readonly DemoMailbox[], nowMs: number): SeedItem[] {
  const byAddress = index(mailboxes);
  const items: SeedItem[] = [];
  const senderBox = byAddress.get(m.from.emailAddress.address.toLowerCase());
  if (senderBox) {
    const { internetMessageHeaders: _dropped, ...sent } = m;
    items.push({ mailbox: senderBox.id, folder: 'sentitems', message: { ...sent, isRead: true } });
  }
  const seen = new Set<string>();
  for (const r of [...m.toRecipients, ...(m.ccRecipients ?? [])]) {
    const box = byAddress.get(r.emailAddress.address.toLowerCase());
    if (!box || seen.has(box.id)) continue;
    seen.add(box.id);
    items.push({ mailbox: box.id, folder: 'inbox', message: { ...m, isRead: m.isRead ?? looksRead(m, box.id, nowMs) } });
  }
  return items;
}
