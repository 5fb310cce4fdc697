// Where each mailbox folder's delta sync stands. A round in progress has a next link; a finished
// round leaves the delta link to start the next one from. Written inside the page's transaction.
import type { Db } from './db';

export interface SyncPosition {
  readonly nextLink: string | null;
  readonly deltaLink: string | null;
  readonly itemsSeen: number;
  readonly rounds: number;
  readonly resyncs: number;
}

export interface FolderKey {
  readonly firmId: string;
  readonly mailbox: string;
  readonly folder: string;
}

export interface SyncStateRepo {
  position(key: FolderKey): SyncPosition | null;
  /** After a page: `nextLink` while the round goes on, `deltaLink` when it ended. */
  advance(key: FolderKey, links: { nextLink: string | null; deltaLink: string | null }, items: number, at: string): void;
  /** The delta token expired (410): forget the links, so the next call starts a full round. */
  restart(key: FolderKey, at: string): void;
  all(firmId: string): (FolderKey & SyncPosition)[];
}

interface Row { firm_id: string; mailbox: string; folder: string; next_link: string | null; delta_link: string | null; items_seen: number; rounds: number; resyncs: number }

const toPosition = (r: Row): SyncPosition => ({ nextLink: r.next_link, deltaLink: r.delta_link, itemsSeen: r.items_seen, rounds: r.rounds, resyncs: r.resyncs });

export function createSyncStateRepo(db: Db): SyncStateRepo {
  const get = db.prepare<[string, string, string], Row>('SELECT * FROM sync_state WHERE firm_id = ? AND mailbox = ? AND folder = ?');
  const upsert = db.prepare(`
    INSERT INTO sync_state (firm_id, mailbox, folder, next_link, delta_link, items_seen, rounds, updated_at)
    VALUES (@firmId, @mailbox, @folder, @nextLink, @deltaLink, @items, @ended, @at)
    ON CONFLICT (firm_id, mailbox, folder) DO UPDATE SET
      next_link = @nextLink,
      delta_link = COALESCE(@deltaLink, delta_link),
      items_seen = items_seen + @items,
      rounds = rounds + @ended,
      updated_at = @at`);
  const restart = db.prepare(`
    INSERT INTO sync_state (firm_id, mailbox, folder, next_link, delta_link, resyncs, updated_at)
    VALUES (@firmId, @mailbox, @folder, NULL, NULL, 1, @at)
    ON CONFLICT (firm_id, mailbox, folder) DO UPDATE SET next_link = NULL, delta_link = NULL, resyncs = resyncs + 1, updated_at = @at`);
  const all = db.prepare<[string], Row>('SELECT * FROM sync_state WHERE firm_id = ? ORDER BY mailbox, folder');
  return {
    position: (k) => {
      const row = get.get(k.firmId, k.mailbox, k.folder);
      return row === undefined ? null : toPosition(row);
    },
    advance: (k, links, items, at) => {
      upsert.run({ ...k, nextLink: links.nextLink, deltaLink: links.deltaLink, items, ended: links.deltaLink === null ? 0 : 1, at });
    },
    restart: (k, at) => { restart.run({ ...k, at }); },
    all: (firmId) => all.all(firmId).map((r) => ({ firmId: r.firm_id, mailbox: r.mailbox, folder: r.folder, ...toPosition(r) })),
  };
}
