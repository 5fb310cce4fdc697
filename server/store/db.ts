// Opens the SQLite file that holds every firm's queue: ${DATA_DIR}/onus.sqlite, WAL, foreign keys on.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE_NAME = 'onus.sqlite';

export function openDatabase(dataDir: string): Db {
  const file = path.join(dataDir, DB_FILE_NAME);
  let db: Db;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Cannot open the Onus database at ${file}: ${reason}. Point DATA_DIR at a folder this user can write.`, { cause: err });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
