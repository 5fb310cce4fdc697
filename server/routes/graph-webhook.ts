// POST /webhooks/graph and /webhooks/graph/lifecycle: where Microsoft Graph delivers change and
// lifecycle notifications. No bearer token (Graph sends none): the validation handshake, the
// per-subscription clientState and a rate limit protect it. Graph wants an answer within 3 s,
// so the route only checks and queues, answers 202, and the scanner syncs afterwards.
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { errors } from '../errors';
import { notificationBatchSchema, verifyNotification } from '../scan/notifications';
import type { StoredSubscription, SubscriptionsRepo } from '../store/subscriptions-repo';

export interface WebhookDeps {
  readonly subscriptions: Pick<SubscriptionsRepo, 'get'>;
  readonly onChange: (subscription: StoredSubscription) => void;
  readonly onLifecycle: (subscription: StoredSubscription, event: string) => void;
  readonly logger: Logger;
}

/** Graph's notification batches are small, but 1,000 notifications can come in one POST. */
export const WEBHOOK_BODY_LIMIT = '2mb';
const MAX_VALIDATION_TOKEN = 4096;

export function graphWebhookRouter(deps: WebhookDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: WEBHOOK_BODY_LIMIT, type: ['application/json', 'text/json'] });
  const handle = (lifecycleRoute: boolean) => [handshake, json, (req: Request, res: Response) => {
    const batch = notificationBatchSchema.safeParse(req.body);
    if (!batch.success) throw errors.invalidRequest('value', 'Expected a Graph notification batch: {"value": [ … ]}.');
    res.status(202).end();
    dispatch(deps, batch.data.value, lifecycleRoute);
  }];
  router.post('/', ...handle(false));
  router.post('/lifecycle', ...handle(true));
  return router;
}

/** Subscription creation: echo the token, decoded, as text/plain, before any body parsing. */
function handshake(req: Request, res: Response, next: () => void): void {
  const token = new URL(req.originalUrl, 'http://onus.invalid').searchParams.get('validationToken');
  if (token === null) return next();
  if (token.length > MAX_VALIDATION_TOKEN) throw errors.invalidRequest('validationToken', 'The validation token is too long.');
  res.status(200).type('text/plain').send(token);
}

function dispatch(deps: WebhookDeps, items: readonly unknown[], lifecycleRoute: boolean): void {
  const changed = new Map<string, StoredSubscription>();
  const refused: Record<string, number> = {};
  for (const raw of items) {
    const verdict = verifyNotification(raw, deps.subscriptions);
    if (!verdict.ok) {
      refused[verdict.reason] = (refused[verdict.reason] ?? 0) + 1;
      if (verdict.reason === 'wrong_client_state') {
        deps.logger.warn({ category: 'webhook', subscriptionId: verdict.subscriptionId }, 'notification rejected: clientState does not match');
      }
      continue;
    }
    const event = verdict.notification.lifecycleEvent;
    if (event !== null && event !== undefined) deps.onLifecycle(verdict.subscription, event);
    else if (!lifecycleRoute) changed.set(verdict.subscription.id, verdict.subscription);
  }
  // Many notifications for one folder need one delta sync, not one each.
  for (const s of changed.values()) deps.onChange(s);
  if (Object.keys(refused).length > 0) deps.logger.warn({ category: 'webhook', refused }, 'notifications refused');
}
