// Boot: config → store (migrated) → auth → app → listen. The only place that listens.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { createApp } from './app';
import { createAuth } from './auth';
import { loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { createTokenBroker } from './msal/broker';
import { openStore, type Store } from './store/store';
import type { Logger } from 'pino';
import type { RateLimitOptions } from './http/rate-limit';
import type { WebhookDeps } from './routes/graph-webhook';
import type { DemoArrivals } from './routes/demo-arrivals';
import { appCredentialsFrom } from './graph/credentials';
import { createScanRuntime, type ScanRuntime, type ScanSetup } from './scan/runtime';

export interface RunningServer {
  /** Loopback address this process answers on, e.g. http://127.0.0.1:54321 (for tests and scripts). */
  readonly url: string;
  /** PUBLIC_URL, or http://localhost:<port>: what to tell people. */
  readonly publicUrl: string;
  readonly port: number;
  readonly config: Config;
  /** The mailbox scanner, when mailboxes are configured (or demo mode runs one). */
  readonly scan: ScanRuntime | null;
  /** Stops listening, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** The clock; tests may pin it. */
  readonly now?: () => Date;
  /** Where log lines go instead of stdout. */
  readonly logTo?: DestinationStream;
  /** Limit of the routes that need no token; tests that mint many demo tokens raise it. */
  readonly publicLimit?: RateLimitOptions;
  /** Scanning set up by the caller (demo mode's emulators, tests) instead of from the environment. */
  readonly scan?: ScanSetup;
  /** false: create the scanner but do not run its first sync and timer (tests drive it). */
  readonly startScanning?: boolean;
  /** Demo mode's local Microsoft 365: POST /api/demo/arrivals delivers new mail into it. */
  readonly demoArrivals?: DemoArrivals;
}

/** Throws ConfigError (listing every bad variable) before touching the disk or the network. */
export async function startServer(env: Readonly<Record<string, string | undefined>>, options: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig(env);
  const now = options.now ?? (() => new Date());
  const logger = createLogger(config.logLevel, options.logTo);
  const store = openStore(config.dataDir);
  let server: http.Server;
  let scan: ScanRuntime | null = null;
  try {
    const auth = await createAuth(config, now);
    const tokens = config.auth.mode === 'entra'
      ? createTokenBroker({ auth: config.auth, cache: store.tokenCache, logger: logger.child({ category: 'tokens' }), now })
      : null;
    server = http.createServer(createApp({
      config, store, auth, logger, now, tokens, webhook: webhookDeps(store, () => scan, logger),
      ...(options.publicLimit && { publicLimit: options.publicLimit }),
      ...(options.demoArrivals && { demoArrivals: options.demoArrivals }),
    }));
    server.listen(config.port, config.host);
    await once(server, 'listening');
  } catch (err) {
    store.close();
    throw (err as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? new Error(`Port ${config.port} on ${config.host} is already in use: stop the other server or set PORT to a free port.`, { cause: err })
      : err;
  }
  const { port } = server.address() as AddressInfo;
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  logger.info({ category: 'startup', port, publicUrl, mode: config.auth.mode, dataDir: config.dataDir }, 'listening');
  const setup = options.scan ?? scanSetupFromConfig(config);
  if (setup !== null) {
    scan = createScanRuntime(setup, { store, logger, now, publicUrl });
    if (options.startScanning !== false) {
      const running = scan;
      void running.scanner.start().catch((err: unknown) => logger.error({ category: 'scan', err: String(err) }, 'scanner stopped'));
    }
  }
  let closing: Promise<void> | undefined;
  const stopScanner = async () => { await scan?.scanner.stop(); };
  return {
    scan,
    url: `http://${loopbackHost(config.host)}:${port}`,
    publicUrl,
    port,
    config,
    close: () => (closing ??= stopScanner().then(() => stop(server, store.close))),
  };
}

async function stop(server: http.Server, closeStore: () => void): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  server.closeAllConnections();
  try {
    await closed;
  } finally {
    closeStore();
  }
}

function loopbackHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function scanSetupFromConfig(config: Config): ScanSetup | null {
  if (config.scan === null || config.auth.mode !== 'entra') return null;
  const credentials = appCredentialsFrom(config.auth);
  return credentials === null ? null : { firmId: config.auth.tenantId, settings: config.scan, credentials };
}

/** The webhook reaches the scanner through a getter: the scanner exists only once the server listens. */
function webhookDeps(store: Store, scan: () => ScanRuntime | null, logger: Logger): WebhookDeps {
  return {
    subscriptions: store.subscriptions,
    onChange: (s) => { void scan()?.scanner.requestSync(s.mailbox, s.folder); },
    onLifecycle: (s, event) => {
      void scan()?.scanner.lifecycle(s.id, event).catch((err: unknown) => logger.error({ category: 'subscriptions', err: String(err) }, 'lifecycle handling failed'));
    },
    logger: logger.child({ category: 'webhook' }),
  };
}
