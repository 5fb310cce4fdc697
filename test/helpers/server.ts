// Test harness: the real server (startServer) on a free loopback port, a fresh DATA_DIR, and fetch.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { NewFollowUp } from '../../shared/followup';
import { startServer, type RunningServer, type StartOptions } from '../../server/start';

export interface CallOptions {
  readonly method?: string;
  readonly token?: string;
  /** Sent as JSON with Content-Type: application/json. */
  readonly json?: unknown;
  /** Sent as is; set the content type in `headers`. */
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the text when the response is not JSON. */
  readonly body: unknown;
}

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  call(path: string, options?: CallOptions): Promise<Reply>;
  /** A demo-issuer token from GET /api/demo/token. */
  token(user: string, firm?: string): Promise<string>;
  /** Stops the server; the data dir stays (restart with the same dataDir). */
  close(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'onus-test-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface TestServerOptions {
  /** Reuse a data dir (restart); a fresh temporary one otherwise. */
  readonly dataDir?: string;
  /** More environment variables; PORT=0, DATA_DIR and LOG_LEVEL=silent are set unless given here. */
  readonly env?: Record<string, string>;
  readonly logTo?: StartOptions['logTo'];
  /** The public-route rate limit; by default high enough that only the rate-limit test meets it. */
  readonly publicLimit?: StartOptions['publicLimit'];
  /** Mailbox scanning (emulators), and whether the server starts it by itself. */
  readonly scan?: StartOptions['scan'];
  readonly startScanning?: boolean;
  readonly demoArrivals?: StartOptions['demoArrivals'];
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const env = { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env };
  const server = await startServer(env, {
    ...(options.logTo && { logTo: options.logTo }),
    publicLimit: options.publicLimit ?? { limit: 100_000, windowMs: 60_000 },
    ...(options.scan && { scan: options.scan }),
    ...(options.startScanning !== undefined && { startScanning: options.startScanning }),
    ...(options.demoArrivals && { demoArrivals: options.demoArrivals }),
  });
  const call = (p: string, o: CallOptions = {}) => request(server.url, p, o);
  return {
    server,
    url: server.url,
    dataDir,
    call,
    async token(user, firm) {
      const query = new URLSearchParams(firm === undefined ? { user } : { user, firm });
      const reply = await call(`/api/demo/token?${query}`);
      if (reply.status !== 200) throw new Error(`demo token for ${user}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return z.object({ token: z.string() }).parse(reply.body).token;
    },
    close: () => server.close(),
  };
}

export async function request(base: string, p: string, o: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token !== undefined) headers['authorization'] = `Bearer ${o.token}`;
  if (o.json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${p}`, {
    method: o.method ?? (o.json !== undefined || o.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: o.json !== undefined ? JSON.stringify(o.json) : o.body,
  });
  const text = await res.text();
  const isJson = res.headers.get('content-type')?.includes('application/json') ?? false;
  return { status: res.status, headers: res.headers, body: isJson ? (JSON.parse(text) as unknown) : text };
}

/** A valid POST /api/followups body; override any field. */
export function newFollowUp(overrides: Partial<NewFollowUp> = {}): NewFollowUp {
  return {
    kind: 'ask',
    title: 'Can you send me the signed NDA by Friday?',
    owner: null,
    due: null,
    source: { messageId: 'AAMkAGI2-message-1', conversationId: 'AAQkAGI2-conversation-1', subject: 'NDA' },
    snippet: 'Can you send me the signed NDA by Friday?',
    ...overrides,
  };
}

/**
 * Fails any outbound request that is not to this machine's loopback: tests run without a network,
 * and an unplanned request to Microsoft is a bug. `attempts` lists what was refused.
 */
export function guardNetwork(): { readonly attempts: string[]; restore(): void } {
  const original = globalThis.fetch;
  const attempts: string[] = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return original(input, init);
    attempts.push(url.href);
    return Promise.reject(new TypeError(`fetch failed: no network in tests (${url.href})`));
  };
  return { attempts, restore: () => { globalThis.fetch = original; } };
}
