// The store: the database file, migrated, with its repositories.
import type { Db } from './db';
import { openDatabase } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { createFirmsRepo, type FirmsRepo } from './firms-repo';
import { createFollowUpsRepo, type FollowUpsRepo } from './followups-repo';
import { createMailItemsRepo, type MailItemsRepo } from './mail-items-repo';
import { createSubscriptionsRepo, type SubscriptionsRepo } from './subscriptions-repo';
import { createSyncStateRepo, type SyncStateRepo } from './sync-state-repo';
import { createTokenCacheRepo, type TokenCacheRepo } from './token-cache-repo';

export interface Store {
  readonly followUps: FollowUpsRepo;
  readonly firms: FirmsRepo;
  readonly tokenCache: TokenCacheRepo;
  readonly syncState: SyncStateRepo;
  readonly mailItems: MailItemsRepo;
  readonly subscriptions: SubscriptionsRepo;
  /** Runs `work` in one SQLite transaction (repositories' own transactions nest inside it). */
  transaction<T>(work: () => T): T;
  /**
   * Forgets what the scanner knew of a firm's mailboxes (delta links, seen messages, subscriptions),
   * keeping the queue: the next scan reads everything again and adds only what is missing.
   */
  resetScan(firmId: string): void;
  close(): void;
}

export function openStore(dataDir: string): Store {
  const db: Db = openDatabase(dataDir);
  try {
    migrate(db, MIGRATIONS);
    return {
      followUps: createFollowUpsRepo(db),
      firms: createFirmsRepo(db),
      tokenCache: createTokenCacheRepo(db),
      syncState: createSyncStateRepo(db),
      mailItems: createMailItemsRepo(db),
      subscriptions: createSubscriptionsRepo(db),
      transaction: (work) => db.transaction(work)(),
      resetScan: (firmId) => {
        db.transaction(() => {
          for (const table of ['sync_state', 'mail_items', 'correspondents', 'subscriptions']) {
            db.prepare(`DELETE FROM ${table} WHERE firm_id = ?`).run(firmId);
          }
        })();
      },
      close: () => db.close(),
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
