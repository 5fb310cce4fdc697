// The scanner: keeps every configured mailbox's Inbox and Sent Items in sync with the queue.
// Work arrives three ways (the first full scan, a change notification, the polling timer) and
// all of it goes through requestSync, which runs at most one sync per folder at a time and folds
// requests that arrive meanwhile into one more pass.
import type { Logger } from 'pino';
import { toGraphFailure } from '../graph/errors';
import type { GraphGateway } from '../graph/gateway';
import { reviewAwaitingReplies } from './awaiting';
import type { ScanContext } from './context';
import { syncFolder, type FolderProgress, type FolderSyncResult } from './folder-sync';
import { subscriptionKeeper, type WebhookUrls } from './subscriptions';

/** Sent Items first: who the firm writes to decides whether an inbound email is a new inquiry. */
export const SCANNED_FOLDERS = ['sentitems', 'inbox'] as const;
export type ScannedFolder = (typeof SCANNED_FOLDERS)[number];

export interface ScannerOptions {
  readonly ctx: ScanContext;
  readonly graph: GraphGateway;
  readonly mailboxes: readonly string[];
  readonly logger: Logger;
  /** Change notifications; null: polling only (e.g. PUBLIC_URL is not https). */
  readonly webhook: WebhookUrls | null;
  /** Delta polling, the safety net under notifications. */
  readonly pollIntervalMs: number;
  readonly onProgress?: FolderProgress;
}

export interface Scanner {
  /** Subscribes, runs the first sync of every folder, then keeps polling. Resolves after the first sync. */
  start(): Promise<void>;
  /** One pass over every folder (what the timer runs). */
  syncAll(): Promise<FolderSyncResult[]>;
  requestSync(mailbox: string, folder: string): Promise<void>;
  lifecycle(subscriptionId: string, event: string): Promise<void>;
  /** Resolves when nothing is queued or running (tests, benchmarks, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function createScanner(o: ScannerOptions): Scanner {
  const { ctx, graph, logger } = o;
  const zones = new Map<string, string>();
  const running = new Map<string, Promise<FolderSyncResult | null>>();
  const again = new Set<string>();
  const keeper = o.webhook === null ? null : subscriptionKeeper(ctx, graph, o.webhook, logger);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const zoneOf = async (mailbox: string) => {
    let zone = zones.get(mailbox);
    if (zone === undefined) {
      zone = await graph.mailboxTimeZone(mailbox).catch(() => null) ?? ctx.firm.timeZone;
      zones.set(mailbox, zone);
    }
    return zone;
  };

  const review = () => ctx.store.transaction(() => reviewAwaitingReplies(ctx));

  /** `thenReview`: false while a full pass is under way, so a reply in a folder not yet read is not missed. */
  const syncOnce = async (mailbox: string, folder: string, thenReview = true): Promise<FolderSyncResult | null> => {
    try {
      const result = await syncFolder(ctx, graph, mailbox, folder, await zoneOf(mailbox), o.onProgress);
      for (const s of result.tally.skipped) logger.warn({ category: 'scan', mailbox, folder, problem: s.problem }, 'message skipped');
      if (thenReview) review();
      return result;
    } catch (err) {
      const f = toGraphFailure(err);
      logger.error({ category: 'scan', mailbox, folder, status: f.status, code: f.code, err: f.message }, 'folder sync failed; the next poll retries');
      return null;
    }
  };

  /**
   * One sync per folder at a time: a request while one runs is folded into one more pass after
   * it (a burst of notifications costs two passes, not one each). Resolves with the last pass.
   */
  const exclusive = (mailbox: string, folder: string, thenReview: boolean): Promise<FolderSyncResult | null> => {
    const key = `${mailbox}\n${folder}`;
    const current = running.get(key);
    if (current !== undefined) {
      again.add(key);
      return current;
    }
    const loop = (async () => {
      let last: FolderSyncResult | null = null;
      do {
        again.delete(key);
        last = await syncOnce(mailbox, folder, thenReview);
      } while (again.has(key) && !stopped);
      running.delete(key);
      return last;
    })();
    running.set(key, loop);
    return loop;
  };

  const requestSync = async (mailbox: string, folder: string): Promise<void> => {
    await exclusive(mailbox, folder, true);
  };

  const syncAll = async (): Promise<FolderSyncResult[]> => {
    const results = await Promise.all(o.mailboxes.map(async (mailbox) => {
      const done: FolderSyncResult[] = [];
      for (const folder of SCANNED_FOLDERS) {
        if (keeper !== null) await keeper.ensure(mailbox, folder).catch(() => false);
        const r = await exclusive(mailbox, folder, false);
        if (r !== null) done.push(r);
      }
      return done;
    }));
    review();
    return results.flat();
  };

  return {
    async start() {
      const started = Date.now();
      const results = await syncAll();
      logger.info({
        category: 'scan', mailboxes: o.mailboxes.length, folders: results.length, seconds: (Date.now() - started) / 1000,
        messages: results.reduce((n, r) => n + r.tally.seen, 0), queueItems: results.reduce((n, r) => n + r.tally.created, 0),
        graphRequests: graph.requestCount(),
      }, 'first scan done');
      if (!stopped) timer = setInterval(() => { void syncAll(); }, o.pollIntervalMs).unref();
    },
    syncAll,
    requestSync,
    async lifecycle(subscriptionId, event) {
      const s = ctx.store.subscriptions.get(subscriptionId);
      if (s === null || keeper === null) return;
      logger.info({ category: 'subscriptions', mailbox: s.mailbox, folder: s.folder, event }, 'lifecycle notification');
      if (event === 'reauthorizationRequired') await keeper.reauthorize(s);
      if (event === 'subscriptionRemoved') await keeper.replace(s);
      // Removed or missed: notifications may have been lost, so catch up with delta.
      if (event === 'subscriptionRemoved' || event === 'missed') await requestSync(s.mailbox, s.folder);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearInterval(timer);
      await this.idle();
    },
  };
}
