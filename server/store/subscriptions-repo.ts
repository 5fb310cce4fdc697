// Graph change-notification subscriptions Onus holds, one per mailbox folder, with the secret
// clientState every notification for it must carry.
import type { Db } from './db';

export interface StoredSubscription {
  readonly id: string;
  readonly firmId: string;
  readonly mailbox: string;
  readonly folder: string;
  readonly clientState: string;
  readonly expiresAt: string;
}

export interface SubscriptionsRepo {
  save(s: StoredSubscription, at: string): void;
  get(id: string): StoredSubscription | null;
  forFolder(firmId: string, mailbox: string, folder: string): StoredSubscription | null;
  all(firmId: string): StoredSubscription[];
  renewed(id: string, expiresAt: string): void;
  remove(id: string): void;
}

interface Row { id: string; firm_id: string; mailbox: string; folder: string; client_state: string; expires_at: string }
const toSubscription = (r: Row): StoredSubscription => ({
  id: r.id, firmId: r.firm_id, mailbox: r.mailbox, folder: r.folder, clientState: r.client_state, expiresAt: r.expires_at,
});

export function createSubscriptionsRepo(db: Db): SubscriptionsRepo {
  const insert = db.prepare(`INSERT OR REPLACE INTO subscriptions (id, firm_id, mailbox, folder, client_state, expires_at, created_at)
    VALUES (@id, @firmId, @mailbox, @folder, @clientState, @expiresAt, @at)`);
  const get = db.prepare<[string], Row>('SELECT * FROM subscriptions WHERE id = ?');
  const forFolder = db.prepare<[string, string, string], Row>(
    'SELECT * FROM subscriptions WHERE firm_id = ? AND mailbox = ? AND folder = ? ORDER BY expires_at DESC LIMIT 1');
  const all = db.prepare<[string], Row>('SELECT * FROM subscriptions WHERE firm_id = ? ORDER BY mailbox, folder');
  const renew = db.prepare('UPDATE subscriptions SET expires_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM subscriptions WHERE id = ?');
  const one = (row: Row | undefined) => (row === undefined ? null : toSubscription(row));
  return {
    save: (s, at) => { insert.run({ ...s, at }); },
    get: (id) => one(get.get(id)),
    forFolder: (firmId, mailbox, folder) => one(forFolder.get(firmId, mailbox, folder)),
    all: (firmId) => all.all(firmId).map(toSubscription),
    renewed: (id, expiresAt) => { renew.run(expiresAt, id); },
    remove: (id) => { remove.run(id); },
  };
}
