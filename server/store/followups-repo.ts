// The follow-ups repository: synchronous, statements prepared once, every query scoped by firm_id,
// and every write together with its history row in one transaction.
import { randomUUID } from 'node:crypto';
import type { FollowUp, FollowUpDetails, FollowUpPatch, FollowUpQuery, HistoryEntry, NewFollowUpParsed } from '../../shared/followup';
import type { Db } from './db';
import { applyPatch, creationChanges, type Change, type Changes } from './followup-changes';
import { dedupKey, toFollowUp, toHistoryEntry, toRow, type FollowUpRow, type HistoryRow } from './followup-rows';

export interface FollowUpsRepo {
  /** Idempotent: the same sentence of the same message returns the existing follow-up, created: false. */
  create(firmId: string, input: NewFollowUpParsed, change: Change, detected?: Detected): { followUp: FollowUp; created: boolean };
  /** The follow-up a detector created under `key` (see Detected), or null. */
  byKey(firmId: string, key: string): FollowUp | null;
  get(firmId: string, id: string): FollowUp | null;
  list(firmId: string, query: FollowUpQuery): FollowUp[];
  /** null when the follow-up does not exist in this firm. */
  update(firmId: string, id: string, patch: FollowUpPatch, change: Change): FollowUp | null;
  history(firmId: string, id: string): HistoryEntry[];
}

/**
 * A queue item the mailbox scanner created: its own dedup key ("one item per message and kind",
 * e.g. `voicemail <internetMessageId>`) instead of the sentence key, and what the detector found.
 */
export interface Detected {
  readonly key: string;
  readonly details: FollowUpDetails;
}

const COLUMNS = `id, firm_id, dedup_key, kind, title, owner, assigned_by, due, due_utc, status, snoozed_until, snippet,
  source_message_id, source_conversation_id, source_internet_message_id, source_subject, source_from_name,
  source_from_address, source_sent_at, source_web_link, details, created_by, created_at, updated_at`;
const PARAMS = COLUMNS.split(',').map((c) => `@${c.trim()}`).join(', ');

interface ListParams {
  firmId: string;
  status: string | null;
  kind: string | null;
  conversationId: string | null;
  owner: string | null;
  unassigned: 0 | 1;
  limit: number;
}

export function createFollowUpsRepo(db: Db): FollowUpsRepo {
  const insert = db.prepare<[FollowUpRow]>(
    `INSERT INTO followups (${COLUMNS}) VALUES (${PARAMS}) ON CONFLICT (firm_id, dedup_key) DO NOTHING`);
  const byId = db.prepare<[string, string], FollowUpRow>('SELECT * FROM followups WHERE firm_id = ? AND id = ?');
  const byDedupKey = db.prepare<[string, string], FollowUpRow>('SELECT * FROM followups WHERE firm_id = ? AND dedup_key = ?');
  const list = db.prepare<[ListParams], FollowUpRow>(`
    SELECT * FROM followups
    WHERE firm_id = @firmId
      AND (@status IS NULL OR status = @status)
      AND (@kind IS NULL OR kind = @kind)
      AND (@conversationId IS NULL OR source_conversation_id = @conversationId)
      AND (@owner IS NULL OR owner = @owner)
      AND (@unassigned = 0 OR owner IS NULL)
    ORDER BY due_utc IS NULL, due_utc, created_at, id
    LIMIT @limit`);
  const update = db.prepare<[FollowUpRow]>(`
    UPDATE followups SET title = @title, owner = @owner, assigned_by = @assigned_by, due = @due, due_utc = @due_utc,
      status = @status, snoozed_until = @snoozed_until, updated_at = @updated_at
    WHERE firm_id = @firm_id AND id = @id`);
  const insertHistory = db.prepare<[string, string, string, string, HistoryRow['action'], string]>(
    'INSERT INTO followup_history (firm_id, followup_id, at, actor, action, changes) VALUES (?, ?, ?, ?, ?, ?)');
  const history = db.prepare<[string, string], HistoryRow>(
    'SELECT at, actor, action, changes FROM followup_history WHERE firm_id = ? AND followup_id = ? ORDER BY seq');

  const record = (firmId: string, f: FollowUp, change: Change, action: HistoryRow['action'], changes: Changes) =>
    insertHistory.run(firmId, f.id, change.at, change.actor, action, JSON.stringify(changes));

  const create = db.transaction((firmId: string, input: NewFollowUpParsed, change: Change, detected?: Detected) => {
    const key = detected?.key ?? dedupKey(input.source.messageId, input.title);
    const followUp = { ...newFollowUp(input, change), ...(detected && { details: detected.details }) };
    if (insert.run(toRow(followUp, firmId, key)).changes === 0) {
      const existing = byDedupKey.get(firmId, key);
      if (existing === undefined) throw new Error('A duplicate follow-up vanished inside its transaction.');
      return { followUp: toFollowUp(existing), created: false };
    }
    record(firmId, followUp, change, 'created', creationChanges(followUp));
    return { followUp, created: true };
  });

  const patch = db.transaction((firmId: string, id: string, p: FollowUpPatch, change: Change) => {
    const row = byId.get(firmId, id);
    if (row === undefined) return null;
    const { next, changes } = applyPatch(toFollowUp(row), p, change);
    if (Object.keys(changes).length === 0) return next;
    update.run(toRow(next, firmId, row.dedup_key));
    record(firmId, next, change, 'updated', changes);
    return next;
  });

  return {
    create: (firmId, input, change, detected) => create(firmId, input, change, detected),
    byKey: (firmId, key) => {
      const row = byDedupKey.get(firmId, key);
      return row === undefined ? null : toFollowUp(row);
    },
    get: (firmId, id) => {
      const row = byId.get(firmId, id);
      return row === undefined ? null : toFollowUp(row);
    },
    list: (firmId, q) => list.all({
      firmId,
      status: q.status ?? null,
      kind: q.kind ?? null,
      conversationId: q.conversationId ?? null,
      owner: q.owner === undefined || q.owner === 'unassigned' ? null : q.owner,
      unassigned: q.owner === 'unassigned' ? 1 : 0,
      limit: q.limit,
    }).map(toFollowUp),
    update: (firmId, id, p, change) => patch(firmId, id, p, change),
    history: (firmId, id) => history.all(firmId, id).map(toHistoryEntry),
  };
}

function newFollowUp(input: NewFollowUpParsed, change: Change): FollowUp {
  return {
    id: randomUUID(),
    kind: input.kind,
    title: input.title,
    owner: input.owner,
    assignedBy: input.owner === null ? null : change.actor,
    due: input.due,
    status: 'open',
    snoozedUntil: null,
    source: input.source,
    snippet: input.snippet,
    createdBy: change.actor,
    createdAt: change.at,
    updatedAt: change.at,
  };
}
