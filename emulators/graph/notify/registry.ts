// Live subscriptions. An expired subscription is gone: it no longer delivers, lists or renews
// (Graph deletes expired subscriptions).
import type { Subscription } from '../types';

export type ChangeType = 'created' | 'updated' | 'deleted';

export type Scope =
  | { readonly kind: 'messages'; readonly folderId: string | null; readonly test: ((m: unknown) => boolean) | null }
  | { readonly kind: 'events' };

export interface SubscriptionRecord {
  subscription: Subscription;
  readonly tenantId: string;
  readonly mailboxId: string;
  readonly scope: Scope;
  readonly changeTypes: ReadonlySet<ChangeType>;
  needsReauthorization: boolean;
}

export interface SubscriptionRegistry {
  add(record: SubscriptionRecord): void;
  /** A live subscription by id. */
  get(id: string): SubscriptionRecord | undefined;
  remove(id: string): boolean;
  live(): readonly SubscriptionRecord[];
}

export function createRegistry(now: () => Date): SubscriptionRegistry {
  const records = new Map<string, SubscriptionRecord>();
  const alive = (r: SubscriptionRecord) => Date.parse(r.subscription.expirationDateTime) > now().getTime();
  return {
    add: (record) => void records.set(record.subscription.id, record),
    get(id) {
      const record = records.get(id);
      return record !== undefined && alive(record) ? record : undefined;
    },
    remove: (id) => records.delete(id),
    live: () => [...records.values()].filter(alive),
  };
}
