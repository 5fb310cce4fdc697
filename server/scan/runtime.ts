// Wires the scanner for one firm: app-only tokens → Graph gateway → scanner, with the webhook
// URLs Graph should call. Used by start.ts (tenant and demo mode) and the scan command.
import type { Logger } from 'pino';
import type { ScanConfig } from '../config';
import { appTokenSource, type AppCredentials } from '../graph/app-token';
import { createGraphGateway, type GraphGateway } from '../graph/gateway';
import type { RetryPolicy } from '../graph/retry';
import type { Store } from '../store/store';
import type { FolderProgress } from './folder-sync';
import { createScanner, type Scanner } from './scanner';
import type { WebhookUrls } from './subscriptions';

export interface ScanSetup {
  /** The firm the queue items belong to (the tenant id, or the demo firm). */
  readonly firmId: string;
  readonly settings: ScanConfig;
  readonly credentials: AppCredentials;
  readonly retry?: Partial<RetryPolicy>;
}

export interface ScanRuntime {
  readonly scanner: Scanner;
  readonly graph: GraphGateway;
}

export function createScanRuntime(
  setup: ScanSetup, deps: { store: Store; logger: Logger; now: () => Date; publicUrl: string | null; onProgress?: FolderProgress },
): ScanRuntime {
  const { logger } = deps;
  const graph = createGraphGateway({
    baseUrl: setup.settings.graphBaseUrl, token: appTokenSource(setup.credentials, logger), logger, ...(setup.retry && { retry: setup.retry }),
  });
  const s = setup.settings;
  const webhook = webhookUrls(deps.publicUrl);
  if (webhook === null) logger.warn({ publicUrl: deps.publicUrl }, 'PUBLIC_URL is not https: no change notifications, delta polling only');
  const scanner = createScanner({
    ctx: {
      firm: {
        firmId: setup.firmId, domains: s.firmDomains, timeZone: s.timeZone, awaitingReplyBusinessDays: s.awaitingReplyBusinessDays,
        intakeMailbox: s.intakeMailbox, intakeOwner: s.intakeOwner,
      },
      store: deps.store,
      now: deps.now,
    },
    graph, mailboxes: s.mailboxes, logger, webhook, pollIntervalMs: s.pollIntervalSeconds * 1000,
    onProgress: deps.onProgress ?? progressLog(logger),
  });
  return { scanner, graph };
}

/** During a long scan, one line per mailbox folder every 10 pages (1,000 messages). */
function progressLog(logger: Logger): FolderProgress {
  return (p) => {
    if (p.pages % 10 === 0) logger.info({ category: 'scan', mailbox: p.mailbox, folder: p.folder, pages: p.pages, messages: p.seen, queueItems: p.created }, 'scanning');
  };
}

/** Graph calls only https endpoints; a loopback http URL is accepted for the local emulator. */
export function webhookUrls(publicUrl: string | null): WebhookUrls | null {
  if (publicUrl === null) return null;
  const url = new URL(publicUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !loopback) return null;
  const base = publicUrl.replace(/\/+$/, '');
  return { notificationUrl: `${base}/webhooks/graph`, lifecycleNotificationUrl: `${base}/webhooks/graph/lifecycle` };
}
