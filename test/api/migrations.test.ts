// The migration runner: numbered, transactional, tracked by PRAGMA user_version, and idempotent.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/store/db';
import { migrate, schemaVersion, type Migration } from '../../server/store/migrate';
import { MIGRATIONS } from '../../server/store/migrations';
import { makeDataDir, removeDataDir } from '../helpers/server';

let dir: string;
const opened: Db[] = [];

beforeAll(async () => {
  dir = await makeDataDir();
});
afterAll(async () => {
  for (const db of opened) db.close();
  await removeDataDir(dir);
});

function freshDb(name: string): Db {
  const db = openDatabase(path.join(dir, name));
  opened.push(db);
  return db;
}

const tables = (db: Db) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);

const toy: Migration[] = [
  { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
  { version: 2, name: 'b', sql: 'CREATE TABLE b (y INTEGER);' },
];

describe('migrate', () => {
  it('brings a new file to the latest version, and a second run changes nothing', () => {
    const db = freshDb('real');
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(tables(db)).toEqual(['correspondents', 'followup_history', 'followups', 'mail_items', 'subscriptions', 'sync_state', 'token_cache']);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
  });

  it('applies only the migrations a file has not seen', () => {
    const db = freshDb('partial');
    expect(migrate(db, toy.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(migrate(db, toy)).toEqual({ from: 1, to: 2 });
    expect(tables(db)).toEqual(['a', 'b']);
  });

  it('rolls back every pending migration when one fails', () => {
    const db = freshDb('failing');
    const broken = [...toy, { version: 3, name: 'broken', sql: 'CREATE TABLE c (; nonsense' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('refuses a file from a newer Onus, saying what to do', () => {
    const db = freshDb('newer');
    migrate(db, toy);
    expect(() => migrate(db, toy.slice(0, 1))).toThrow(/run a newer Onus/);
  });

  it('refuses migrations that are not numbered 1, 2, 3…', () => {
    const db = freshDb('gap');
    expect(() => migrate(db, [toy[0]!, { ...toy[1]!, version: 3 }])).toThrow(/expected 2/);
    expect(schemaVersion(db)).toBe(0);
  });

  it('opens the file with WAL and foreign keys on', () => {
    const db = freshDb('pragmas');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
