// How a follow-up is laid out in SQLite, and the mapping between rows and the wire shape.
import { createHash } from 'node:crypto';
import { followUpDetailsSchema, type FollowUp, type FollowUpKind, type FollowUpStatus, type HistoryEntry } from '../../shared/followup';

export interface FollowUpRow {
  id: string;
  firm_id: string;
  dedup_key: string;
  kind: FollowUpKind;
  title: string;
  owner: string | null;
  assigned_by: string | null;
  due: string | null;
  due_utc: string | null;
  status: FollowUpStatus;
  snoozed_until: string | null;
  snippet: string;
  source_message_id: string;
  source_conversation_id: string | null;
  source_internet_message_id: string | null;
  source_subject: string;
  source_from_name: string | null;
  source_from_address: string | null;
  source_sent_at: string | null;
  source_web_link: string | null;
  /** JSON of FollowUpDetails; null for follow-ups saved from the task pane. */
  details: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface HistoryRow {
  at: string;
  actor: string;
  action: 'created' | 'updated';
  changes: string;
}

export function toFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    owner: row.owner,
    assignedBy: row.assigned_by,
    due: row.due,
    status: row.status,
    snoozedUntil: row.snoozed_until,
    source: {
      messageId: row.source_message_id,
      conversationId: row.source_conversation_id,
      internetMessageId: row.source_internet_message_id,
      subject: row.source_subject,
      from: row.source_from_address === null ? null : { name: row.source_from_name ?? '', address: row.source_from_address },
      sentAt: row.source_sent_at,
      webLink: row.source_web_link,
    },
    snippet: row.snippet,
    ...(row.details !== null && { details: followUpDetailsSchema.parse(JSON.parse(row.details)) }),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The row a follow-up is stored as (firm and dedup key are the repository's business). */
export function toRow(f: FollowUp, firmId: string, dedupKey: string): FollowUpRow {
  return {
    id: f.id,
    firm_id: firmId,
    dedup_key: dedupKey,
    kind: f.kind,
    title: f.title,
    owner: f.owner,
    assigned_by: f.assignedBy,
    due: f.due,
    due_utc: toUtc(f.due),
    status: f.status,
    snoozed_until: f.snoozedUntil,
    snippet: f.snippet,
    source_message_id: f.source.messageId,
    source_conversation_id: f.source.conversationId,
    source_internet_message_id: f.source.internetMessageId,
    source_subject: f.source.subject,
    source_from_name: f.source.from?.name ?? null,
    source_from_address: f.source.from?.address ?? null,
    source_sent_at: f.source.sentAt,
    source_web_link: f.source.webLink,
    details: f.details === undefined ? null : JSON.stringify(f.details),
    created_by: f.createdBy,
    created_at: f.createdAt,
    updated_at: f.updatedAt,
  };
}

export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return { at: row.at, actor: row.actor, action: row.action, changes: JSON.parse(row.changes) as HistoryEntry['changes'] };
}

/** "2026-01-15T17:00:00-05:00" → "2026-01-15T22:00:00.000Z", so due dates sort as instants. */
export function toUtc(instant: string | null): string | null {
  return instant === null ? null : new Date(instant).toISOString();
}

/**
 * "Please  send the NDA\n by Friday." and "please send the nda by friday." are the same sentence:
 * lowercase, whitespace (including non-breaking spaces) collapsed, trimmed.
 */
export function normalizeTitle(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Identifies "this sentence of this message" within a firm. */
export function dedupKey(messageId: string, title: string): string {
  return createHash('sha256').update(messageId).update('\0').update(normalizeTitle(title)).digest('hex');
}
