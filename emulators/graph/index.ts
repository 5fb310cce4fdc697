// A local Microsoft Graph v1.0 on https://127.0.0.1:<port> for tests, benchmarks and demo mode:
// users, mailbox settings, folders, messages ($select/$filter/$orderby/$top/$skip/$expand), per-folder
// delta, subscriptions with change and lifecycle notifications, calendarView, getSchedule, events,
// sendMail/reply, $batch, and Outlook's per-mailbox limits. Rules and payloads follow
// /work/shared/reference/graph (README.md); emulator-only choices are noted where they are made.
import type { JWK } from 'jose';
import type { TestTls } from '../tls';
import { jwksAuthorizer, type Authorize } from './auth';
import { addEvent, deliver, faultApi, limitsOf, messagesIn, remove, seed, update, type LifecycleEvent } from './facade';
import { createFaultQueue } from './faults';
import { createLimits } from './limits';
import { notificationsFor } from './notify/changes';
import { createNotifier, type DeliveryRecord } from './notify/delivery';
import { createRegistry } from './notify/registry';
import { createPipeline } from './pipeline';
import { batch, ROUTES } from './routes/index';
import { listen } from './server';
import { createRequestLog, type RequestRecord, type StatsFilter } from './stats';
import { createDirectory } from './store/directory';
import type { GraphEvent, GraphMessage, MailboxInit, SeedEvent, SeedMessage, Subscription, WellKnownFolder } from './types';
import type { World } from './world';

export type * from './types';
export type { Authorization } from './auth';
export type { DeliveryRecord } from './notify/delivery';
export type { RequestRecord, StatsFilter } from './stats';
export { jwksAuthorizer };

export interface GraphEmulatorOptions {
  readonly tls: TestTls;
  /** Checks the bearer token; null = 401 InvalidAuthenticationToken. Use jwksAuthorizer() for real JWT checks. */
  readonly authorize: Authorize;
  readonly now?: () => Date;
  readonly limits?: { readonly concurrentPerMailbox?: number; readonly requestsPer10Min?: number; readonly retryAfterSeconds?: number };
  /** ms to wait before POSTing change notifications after a change (batches changes, like Graph). Default 50. */
  readonly notificationDelayMs?: number;
  /** Service time per request, during which it holds one of its mailbox's 4 slots. Default 5 ms. */
  readonly latencyMs?: number;
}

export interface GraphFaults {
  /** The next `count` requests for that mailbox (or any, '*') answer 429 with Retry-After. */
  throttle(mailbox: string, count: number, retryAfterSeconds?: number): void;
  /** The next `count` requests answer a 5xx error body (no Retry-After). Default 503. */
  fail(mailbox: string, count: number, status?: number): void;
  /** Every outstanding delta/skip token for the folder (or all folders) → 410 SyncStateNotFound. */
  expireSyncState(mailbox: string, folder?: WellKnownFolder): void;
  /** POSTs to lifecycleNotificationUrl (with retries); subscriptionRemoved also deletes the subscription. */
  lifecycle(subscriptionId: string, event: LifecycleEvent): Promise<void>;
}

export interface GraphStats {
  readonly requests: readonly RequestRecord[];
  count(filter?: StatsFilter): number;
  /** Highest number of requests in flight for the mailbox, counted on arrival (throttled ones too). */
  maxConcurrent(mailbox: string): number;
  reset(): void;
}

export interface GraphEmulator {
  readonly origin: string;
  readonly baseUrl: string;
  addMailbox(m: MailboxInit): void;
  deliver(mailbox: string, folder: WellKnownFolder, message: SeedMessage): GraphMessage;
  seed(mailbox: string, folder: WellKnownFolder, messages: readonly SeedMessage[]): void;
  update(mailbox: string, id: string, patch: Partial<GraphMessage>): void;
  remove(mailbox: string, id: string): void;
  addEvent(mailbox: string, event: SeedEvent): void;
  messages(mailbox: string, folder?: WellKnownFolder): readonly GraphMessage[];
  events(mailbox: string): readonly GraphEvent[];
  readonly faults: GraphFaults;
  readonly stats: GraphStats;
  subscriptions(): readonly Subscription[];
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves once no change notification is waiting or being (re)tried. */
  notificationsSettled(): Promise<void>;
  sentMail(): readonly { mailbox: string; message: GraphMessage }[];
  close(): Promise<void>;
}

export { type LifecycleEvent };

function createCore(o: GraphEmulatorOptions) {
  const now = o.now ?? (() => new Date());
  const settings = { concurrentPerMailbox: 4, requestsPer10Min: 10_000, retryAfterSeconds: 1, ...o.limits };
  const directory = createDirectory();
  const subscriptions = createRegistry(now);
  const notifier = createNotifier({ delayMs: o.notificationDelayMs ?? 50, now, live: (id) => subscriptions.get(id) !== undefined });
  const base = { url: '' };
  const world: World = {
    directory, now, baseUrl: () => base.url, subscriptions, sent: [],
    emit: (change) => {
      for (const out of notificationsFor(change, subscriptions.live())) notifier.enqueue(out.url, { subscriptionId: out.subscriptionId, notification: out.notification });
    },
  };
  return { world, base, settings, notifier, limits: createLimits(settings, now), queue: createFaultQueue(), log: createRequestLog() };
}

export async function startGraphEmulator(o: GraphEmulatorOptions): Promise<GraphEmulator> {
  const { world, base, settings, notifier, limits, queue, log } = createCore(o);
  const { directory, subscriptions } = world;
  const run = createPipeline({ world, routes: ROUTES, authorize: o.authorize, limits, faults: queue, log, latencyMs: o.latencyMs ?? 5, batch });
  const listener = await listen(o.tls, run);
  base.url = `${listener.origin}/v1.0`;
  return {
    origin: listener.origin,
    baseUrl: base.url,
    addMailbox: (m) => void directory.add(m),
    deliver: (mailbox, folder, message) => deliver(world, mailbox, folder, message),
    seed: (mailbox, folder, messages) => seed(world, mailbox, folder, messages),
    update: (mailbox, id, patch) => update(world, mailbox, id, patch),
    remove: (mailbox, id) => remove(world, mailbox, id),
    addEvent: (mailbox, event) => addEvent(world, mailbox, event),
    messages: (mailbox, folder) => messagesIn(directory.get(mailbox), folder),
    events: (mailbox) => [...directory.get(mailbox).events.values()].map((e) => e.event),
    faults: faultApi({ world, queue, notifier, retryAfterSeconds: settings.retryAfterSeconds }),
    stats: {
      get requests() { return log.requests; },
      count: (filter) => log.count(filter, (key) => directory.find(key)?.id ?? key),
      maxConcurrent: limitsOf(limits, world),
      reset: () => { log.requests.length = 0; limits.resetCounters(); },
    },
    subscriptions: () => subscriptions.live().map((r) => r.subscription),
    deliveries: notifier.deliveries,
    notificationsSettled: () => notifier.idle(),
    sentMail: () => world.sent,
    close: async () => {
      notifier.close();
      await listener.close();
    },
  };
}

/** JWKS type re-exported for callers of jwksAuthorizer. */
export type { JWK };
