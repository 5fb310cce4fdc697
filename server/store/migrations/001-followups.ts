// 001: the shared queue. Source fields are columns because the queue is filtered by them;
// dedup_key makes saving the same sentence of the same message twice a no-op.
import type { Migration } from '../migrate';

export const followUps: Migration = {
  version: 1,
  name: 'followups',
  sql: `
    CREATE TABLE followups (
      id                          TEXT PRIMARY KEY,
      firm_id                     TEXT NOT NULL,
      dedup_key                   TEXT NOT NULL,
      kind                        TEXT NOT NULL CHECK (kind IN ('ask', 'commitment', 'awaiting_reply', 'voicemail', 'inquiry')),
      title                       TEXT NOT NULL,
      owner                       TEXT,
      assigned_by                 TEXT,
      due                         TEXT,
      due_utc                     TEXT,
      status                      TEXT NOT NULL CHECK (status IN ('open', 'snoozed', 'done', 'dismissed')),
      snoozed_until               TEXT,
      snippet                     TEXT NOT NULL,
      source_message_id           TEXT NOT NULL,
      source_conversation_id      TEXT,
      source_internet_message_id  TEXT,
      source_subject              TEXT NOT NULL,
      source_from_name            TEXT,
      source_from_address         TEXT,
      source_sent_at              TEXT,
      source_web_link             TEXT,
      created_by                  TEXT NOT NULL,
      created_at                  TEXT NOT NULL,
      updated_at                  TEXT NOT NULL,
      UNIQUE (firm_id, dedup_key)
    ) STRICT;
    CREATE INDEX followups_by_status ON followups (firm_id, status, due_utc);
    CREATE INDEX followups_by_owner ON followups (firm_id, owner, due_utc);
    CREATE INDEX followups_by_conversation ON followups (firm_id, source_conversation_id);

    CREATE TABLE followup_history (
      seq          INTEGER PRIMARY KEY,
      firm_id      TEXT NOT NULL,
      followup_id  TEXT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL CHECK (action IN ('created', 'updated')),
      changes      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX followup_history_by_followup ON followup_history (firm_id, followup_id, seq);
  `,
};
