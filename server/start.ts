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
import { openStore } from './store/store';
import type { RateLimitOptions } from './http/rate-limit';

export interface RunningServer {
  /** Loopback address this process answers on, e.g. http://127.0.0.1:54321 (for tests and scripts). */
  readonly url: string;
  /** PUBLIC_URL, or http://localhost:<port>: what to tell people. */
  readonly publicUrl: string;
  readonly port: number;
  readonly config: Config;
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
}

/** Throws ConfigError (listing every bad variable) before touching the disk or the network. */
export async function startServer(env: Readonly<Record<string, string | undefined>>, options: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig(env);
  const now = options.now ?? (() => new Date());
  const logger = createLogger(config.logLevel, options.logTo);
  const store = openStore(config.dataDir);
  let server: http.Server;
  try {
    const auth = await createAuth(config, now);
    const tokens = config.auth.mode === 'entra'
      ? createTokenBroker({ auth: config.auth, cache: store.tokenCache, logger: logger.child({ category: 'tokens' }), now })
      : null;
    server = http.createServer(createApp({ config, store, auth, logger, now, tokens, ...(options.publicLimit && { publicLimit: options.publicLimit }) }));
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
  let closing: Promise<void> | undefined;
  return {
    url: `http://${loopbackHost(config.host)}:${port}`,
    publicUrl,
    port,
    config,
    close: () => (closing ??= stop(server, store.close)),
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
