// Schema migrations, tracked by PRAGMA user_version: migration N leaves user_version = N.
// All pending migrations run in one transaction, so a failing one leaves the file as it was.
import type { Db } from './db';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function migrate(db: Db, migrations: readonly Migration[]): MigrationResult {
  assertNumbered(migrations);
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`The database schema is version ${from} but this Onus knows only up to ${latest}: run a newer Onus, or restore a backup made by this version.`);
  }
  const pending = migrations.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}

/** Versions must be 1, 2, 3, … in order: a gap or a duplicate is a programming error. */
function assertNumbered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
  });
}
