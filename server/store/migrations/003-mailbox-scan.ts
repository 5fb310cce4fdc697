// 003: what the mailbox scanner keeps between runs. Never message bodies: headers, ids and a
// short snippet are enough to find awaiting replies and to show a queue item (attorney-client
// material stays in Exchange).
//   sync_state      one delta round per mailbox folder: the link to resume from, written in the
//                   same transaction as the page's items, so a crash resumes at the last page.
//   mail_items      one row per message seen, for conversation look-ups (who replied, when).
//   correspondents  addresses the firm has written to (known contacts, not new inquiries).
//   subscriptions   Graph change-notification subscriptions and the clientState each must carry.
//   followups.details  what a detector found (caller, contact, practice area, evidence), as JSON.
import type { Migration } from '../migrate';

export const mailboxScan: Migration = {
  version: 3,
  name: 'mailbox-scan',
  sql: `
    CREATE TABLE sync_state (
      firm_id      TEXT NOT NULL,
      mailbox      TEXT NOT NULL,
      folder       TEXT NOT NULL,
      next_link    TEXT,
      delta_link   TEXT,
      items_seen   INTEGER NOT NULL DEFAULT 0,
      rounds       INTEGER NOT NULL DEFAULT 0,
      resyncs      INTEGER NOT NULL DEFAULT 0,
      updated_at   TEXT NOT NULL,
      PRIMARY KEY (firm_id, mailbox, folder)
    ) STRICT;

    CREATE TABLE mail_items (
      firm_id              TEXT NOT NULL,
      mailbox              TEXT NOT NULL,
      graph_id             TEXT NOT NULL,
      folder               TEXT NOT NULL,
      internet_message_id  TEXT,
      conversation_id      TEXT,
      subject              TEXT NOT NULL,
      from_address         TEXT,
      from_name            TEXT,
      recipients           TEXT NOT NULL,
      sent_at              TEXT,
      received_at          TEXT,
      web_link             TEXT,
      automated            INTEGER NOT NULL,
      expects_reply        INTEGER NOT NULL,
      ask                  TEXT,
      removed              INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (firm_id, mailbox, graph_id)
    ) STRICT;
    CREATE INDEX mail_items_by_conversation ON mail_items (firm_id, conversation_id, sent_at);
    CREATE INDEX mail_items_awaiting ON mail_items (firm_id, expects_reply, folder);

    -- Addresses the firm has written to: a first email from anyone else may be a new client.
    CREATE TABLE correspondents (
      firm_id  TEXT NOT NULL,
      address  TEXT NOT NULL,
      PRIMARY KEY (firm_id, address)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE subscriptions (
      id            TEXT PRIMARY KEY,
      firm_id       TEXT NOT NULL,
      mailbox       TEXT NOT NULL,
      folder        TEXT NOT NULL,
      client_state  TEXT NOT NULL,
      expires_at    TEXT NOT NULL,
      created_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX subscriptions_by_mailbox ON subscriptions (firm_id, mailbox, folder);

    ALTER TABLE followups ADD COLUMN details TEXT;
  `,
};
