// Keeps one change-notification subscription per scanned mailbox folder alive: created when
// missing, renewed a day before it lapses, recreated when Graph removed it. Each carries a
// random clientState that the webhook checks on every notification.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { toGraphFailure } from '../graph/errors';
import type { GraphGateway } from '../graph/gateway';
import { SUBSCRIPTION_MINUTES } from '../graph/subscriptions';
import type { StoredSubscription } from '../store/subscriptions-repo';
import type { ScanContext } from './context';

const RENEW_AHEAD_MS = 24 * 60 * 60 * 1000;

export interface WebhookUrls {
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl: string;
}

export interface SubscriptionKeeper {
  /** Creates or renews the folder's subscription; false when Graph refused (polling still covers it). */
  ensure(mailbox: string, folder: string): Promise<boolean>;
  /** Graph removed it (lifecycle `subscriptionRemoved`): forget it and subscribe again. */
  replace(subscription: StoredSubscription): Promise<boolean>;
  reauthorize(subscription: StoredSubscription): Promise<void>;
}

export function subscriptionKeeper(ctx: ScanContext, graph: GraphGateway, urls: WebhookUrls, logger: Logger): SubscriptionKeeper {
  const { store, firm } = ctx;
  const expiry = () => new Date(ctx.now().getTime() + SUBSCRIPTION_MINUTES * 60_000);

  const create = async (mailbox: string, folder: string): Promise<boolean> => {
    const clientState = randomBytes(32).toString('base64url');
    try {
      const created = await graph.createSubscription({ mailbox, folder, ...urls, clientState, expiresAt: expiry() });
      store.subscriptions.save({ id: created.id, firmId: firm.firmId, mailbox, folder, clientState, expiresAt: created.expiresAt }, ctx.now().toISOString());
      logger.info({ category: 'subscriptions', mailbox, folder, expiresAt: created.expiresAt }, 'subscribed to new mail');
      return true;
    } catch (err) {
      const f = toGraphFailure(err);
      logger.warn({ category: 'subscriptions', mailbox, folder, status: f.status, code: f.code }, 'could not subscribe; delta polling covers this folder');
      return false;
    }
  };

  const ensure = async (mailbox: string, folder: string): Promise<boolean> => {
    const current = store.subscriptions.forFolder(firm.firmId, mailbox, folder);
    if (current === null) return create(mailbox, folder);
    if (Date.parse(current.expiresAt) - ctx.now().getTime() > RENEW_AHEAD_MS) return true;
    try {
      const renewed = await graph.renewSubscription(mailbox, current.id, expiry());
      store.subscriptions.renewed(current.id, renewed.expiresAt);
      return true;
    } catch (err) {
      const f = toGraphFailure(err);
      if (f.status !== 404) throw f;
      store.subscriptions.remove(current.id);
      return create(mailbox, folder);
    }
  };

  return {
    ensure,
    async replace(s) {
      store.subscriptions.remove(s.id);
      return create(s.mailbox, s.folder);
    },
    async reauthorize(s) {
      try {
        await graph.reauthorizeSubscription(s.mailbox, s.id);
      } catch (err) {
        const f = toGraphFailure(err);
        logger.warn({ category: 'subscriptions', mailbox: s.mailbox, status: f.status, code: f.code }, 'reauthorize refused; subscribing again');
        store.subscriptions.remove(s.id);
        await create(s.mailbox, s.folder);
      }
    },
  };
}
