// Change and lifecycle notifications from Graph, checked before anything acts on them: the
// subscription must be one of ours and carry its secret clientState (compared in constant
// time). Acting on them means asking the scanner for a delta sync of that folder; the
// notification itself is never trusted for content.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { SubscriptionsRepo, StoredSubscription } from '../store/subscriptions-repo';

export const notificationSchema = z.object({
  subscriptionId: z.string().min(1).max(200),
  clientState: z.string().max(255).nullish(),
  changeType: z.string().max(100).nullish(),
  resource: z.string().max(2000).nullish(),
  lifecycleEvent: z.string().max(100).nullish(),
  tenantId: z.string().max(100).nullish(),
});
export type GraphNotification = z.infer<typeof notificationSchema>;

export const notificationBatchSchema = z.object({ value: z.array(z.unknown()).max(10_000) });

export type Verdict =
  | { readonly ok: true; readonly subscription: StoredSubscription; readonly notification: GraphNotification }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown_subscription' | 'wrong_client_state'; readonly subscriptionId: string | null };

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function verifyNotification(raw: unknown, subscriptions: Pick<SubscriptionsRepo, 'get'>): Verdict {
  const parsed = notificationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'malformed', subscriptionId: null };
  const n = parsed.data;
  const subscription = subscriptions.get(n.subscriptionId);
  if (subscription === null) return { ok: false, reason: 'unknown_subscription', subscriptionId: n.subscriptionId };
  if (!sameSecret(n.clientState ?? '', subscription.clientState)) return { ok: false, reason: 'wrong_client_state', subscriptionId: n.subscriptionId };
  return { ok: true, subscription, notification: n };
}
