// Puts queue items straight into a running server's SQLite store, as the mailbox scanner would
// (a second connection: the store runs in WAL mode, so the server's own connection keeps working).
import { randomUUID } from 'node:crypto';
import { newFollowUpSchema, type FollowUp, type FollowUpDetails, type FollowUpKind, type MailAddress } from '../../shared/followup';
import { openStore } from '../../server/store/store';

export interface SeedItem {
  readonly kind: FollowUpKind;
  readonly title: string;
  readonly owner?: string | null;
  readonly due?: string | null;
  readonly subject?: string;
  readonly from?: MailAddress | null;
  readonly sentAt?: string | null;
  readonly webLink?: string | null;
  readonly snippet?: string;
  /** Scanner findings; null for an ask saved from the pane (no details). */
  readonly details?: FollowUpDetails | null;
}

export const NO_DETAILS: FollowUpDetails = {
  mailbox: 'intake@harrowvale.example', caller: null, contact: null, practiceArea: null, urgent: false, evidence: [],
};

/** Creates the items in `firmId` and returns them as the API would. */
export function seedQueue(dataDir: string, firmId: string, items: readonly SeedItem[]): FollowUp[] {
  const store = openStore(dataDir);
  try {
    const at = new Date().toISOString();
    return items.map((item) => {
      const messageId = `AAMk-${randomUUID()}`;
      const input = newFollowUpSchema.parse({
        kind: item.kind,
        title: item.title,
        owner: item.owner ?? null,
        due: item.due ?? null,
        snippet: item.snippet ?? '',
        source: {
          messageId,
          conversationId: `conv-${messageId}`,
          internetMessageId: `<${messageId}@harrowvale.example>`,
          subject: item.subject ?? '',
          from: item.from ?? null,
          sentAt: item.sentAt ?? null,
          webLink: item.webLink ?? null,
        },
      });
      const detected = item.details === null ? undefined : { key: `${item.kind} ${messageId}`, details: item.details ?? NO_DETAILS };
      return store.followUps.create(firmId, input, { actor: 'scanner@onus', at }, detected).followUp;
    });
  } finally {
    store.close();
  }
}

/** Dismisses every open item of the firm, so each test starts from an empty queue. */
export function clearQueue(dataDir: string, firmId: string): void {
  const store = openStore(dataDir);
  try {
    const at = new Date().toISOString();
    for (const f of store.followUps.list(firmId, { status: 'open', limit: 500 })) {
      store.followUps.update(firmId, f.id, { status: 'dismissed' }, { actor: 'test-reset', at });
    }
  } finally {
    store.close();
  }
}
