// The store: the database file, migrated, with its repositories.
import type { Db } from './db';
import { openDatabase } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { createFirmsRepo, type FirmsRepo } from './firms-repo';
import { createFollowUpsRepo, type FollowUpsRepo } from './followups-repo';
import { createTokenCacheRepo, type TokenCacheRepo } from './token-cache-repo';

export interface Store {
  readonly followUps: FollowUpsRepo;
  readonly firms: FirmsRepo;
  readonly tokenCache: TokenCacheRepo;
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
      close: () => db.close(),
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
