// The store: the database file, migrated, with its repositories.
import type { Db } from './db';
import { openDatabase } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { createFollowUpsRepo, type FollowUpsRepo } from './followups-repo';

export interface Store {
  readonly followUps: FollowUpsRepo;
  close(): void;
}

export function openStore(dataDir: string): Store {
  const db: Db = openDatabase(dataDir);
  try {
    migrate(db, MIGRATIONS);
    return { followUps: createFollowUpsRepo(db), close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}
