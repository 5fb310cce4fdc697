// Messages the scanner has seen: headers and ids only (no bodies), so that "did anyone reply to
// this?" is a query, not another trip to Graph.
import type { Db } from './db';

export interface MailItem {
  readonly firmId: string;
  readonly mailbox: string;
  readonly graphId: string;
  readonly folder: string;
  readonly internetMessageId: string | null;
  readonly conversationId: string | null;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | null;
  /** Lowercased to and cc addresses. */
  readonly recipients: readonly string[];
  readonly sentAt: string | null;
  readonly receivedAt: string | null;
  readonly webLink: string | null;
  /** Auto-reply, bounce or bulk mail: never counts as an answer. */
  readonly automated: boolean;
  readonly expectsReply: boolean;
  /** The sentence that asks (sent mail), for the awaiting-reply item's title. */
  readonly ask: string | null;
}

export interface MailItemsRepo {
  /** Stores a message seen for the first time (a duplicate insert changes nothing). */
  insert(item: MailItem): void;
  /** A message already stored: its folder and subject are brought up to date; false when it is new. */
  refresh(firmId: string, mailbox: string, graphId: string, folder: string, subject: string): boolean;
  markRemoved(firmId: string, mailbox: string, graphId: string): void;
  /** Every stored message of the conversation, oldest first. */
  conversation(firmId: string, conversationId: string): MailItem[];
  /** Sent messages that ask something, not removed: the awaiting-reply candidates. */
  awaitingCandidates(firmId: string, sentSince: string): MailItem[];
  count(firmId: string): number;
  /** Remembers that the firm wrote to these addresses. */
  addCorrespondents(firmId: string, addresses: readonly string[]): void;
  isCorrespondent(firmId: string, address: string): boolean;
}

interface Row {
  firm_id: string; mailbox: string; graph_id: string; folder: string; internet_message_id: string | null;
  conversation_id: string | null; subject: string; from_address: string | null; from_name: string | null;
  recipients: string; sent_at: string | null; received_at: string | null; web_link: string | null;
  automated: number; expects_reply: number; ask: string | null;
}

const toItem = (r: Row): MailItem => ({
  firmId: r.firm_id, mailbox: r.mailbox, graphId: r.graph_id, folder: r.folder, internetMessageId: r.internet_message_id,
  conversationId: r.conversation_id, subject: r.subject,
  from: r.from_address === null ? null : { name: r.from_name ?? '', address: r.from_address },
  recipients: JSON.parse(r.recipients) as string[], sentAt: r.sent_at, receivedAt: r.received_at, webLink: r.web_link,
  automated: r.automated === 1, expectsReply: r.expects_reply === 1, ask: r.ask,
});

export function createMailItemsRepo(db: Db): MailItemsRepo {
  const insert = db.prepare(`
    INSERT INTO mail_items (firm_id, mailbox, graph_id, folder, internet_message_id, conversation_id, subject, from_address,
      from_name, recipients, sent_at, received_at, web_link, automated, expects_reply, ask)
    VALUES (@firmId, @mailbox, @graphId, @folder, @internetMessageId, @conversationId, @subject, @fromAddress, @fromName,
      @recipients, @sentAt, @receivedAt, @webLink, @automated, @expectsReply, @ask)
    ON CONFLICT (firm_id, mailbox, graph_id) DO NOTHING`);
  const refresh = db.prepare('UPDATE mail_items SET folder = ?, subject = ?, removed = 0 WHERE firm_id = ? AND mailbox = ? AND graph_id = ?');
  const remove = db.prepare('UPDATE mail_items SET removed = 1 WHERE firm_id = ? AND mailbox = ? AND graph_id = ?');
  const conversation = db.prepare<[string, string], Row>(
    'SELECT * FROM mail_items WHERE firm_id = ? AND conversation_id = ? AND removed = 0 ORDER BY sent_at, graph_id');
  const candidates = db.prepare<[string, string], Row>(`
    SELECT * FROM mail_items WHERE firm_id = ? AND expects_reply = 1 AND folder = 'sentitems' AND removed = 0 AND sent_at >= ?
    ORDER BY sent_at`);
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM mail_items WHERE firm_id = ?');
  const addCorrespondent = db.prepare('INSERT OR IGNORE INTO correspondents (firm_id, address) VALUES (?, ?)');
  const isCorrespondent = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM correspondents WHERE firm_id = ? AND address = ?');
  return {
    insert(item) {
      insert.run({
        ...item, fromAddress: item.from?.address ?? null, fromName: item.from?.name ?? null,
        recipients: JSON.stringify(item.recipients), automated: item.automated ? 1 : 0, expectsReply: item.expectsReply ? 1 : 0,
      });
    },
    refresh: (firmId, mailbox, graphId, folder, subject) => refresh.run(folder, subject, firmId, mailbox, graphId).changes > 0,
    markRemoved: (firmId, mailbox, graphId) => { remove.run(firmId, mailbox, graphId); },
    conversation: (firmId, conversationId) => conversation.all(firmId, conversationId).map(toItem),
    awaitingCandidates: (firmId, since) => candidates.all(firmId, since).map(toItem),
    count: (firmId) => count.get(firmId)?.n ?? 0,
    addCorrespondents: (firmId, addresses) => {
      for (const a of addresses) addCorrespondent.run(firmId, a.toLowerCase());
    },
    isCorrespondent: (firmId, a) => isCorrespondent.get(firmId, a.toLowerCase()) !== undefined,
  };
}
