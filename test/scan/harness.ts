// A firm's Microsoft 365 on this machine: the identity emulator (app-only tokens through the
// real msal-node), the Graph emulator (read through the real Graph client), and the real Onus
// server scanning it into its SQLite queue. Tests deliver mail into the emulator and read the
// queue through the API, as staff would.
import { startIdentityEmulator, type IdentityEmulator } from '../../emulators/identity/emulator';
import { jwksAuthorizer, startGraphEmulator, type GraphEmulator, type SeedMessage } from '../../emulators/graph';
import { runTls } from '../../emulators/tls';
import { DEMO_FIRM } from '../../server/auth/demo-issuer';
import type { ScanConfig } from '../../server/config';
import type { AppCredentials } from '../../server/graph/app-token';
import type { RetryPolicy } from '../../server/graph/retry';
import { Secret } from '../../server/secret';
import { followUpListSchema, type FollowUp } from '../../shared/followup';
import { startTestServer, type TestServer } from '../helpers/server';

export const SCAN_CLIENT_ID = '0b8f6a3e-5c1d-4e2f-9a7b-3c4d5e6f7a8b';
export const SCAN_SECRET = 'emulated~scan.secret-7Yq2Lp9Xw4';
export const SCAN_TENANT = 'c2d4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f';
export const GRAPH_ROLES = ['Mail.Read', 'Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'MailboxSettings.Read'];

export const FIRM_DOMAIN = 'hartleymoss.example';
export const PARTNER = { id: 'a1a1a1a1-0000-4000-8000-000000000001', mail: `dana.hartley@${FIRM_DOMAIN}`, displayName: 'Dana Hartley' };
export const ASSOCIATE = { id: 'a1a1a1a1-0000-4000-8000-000000000002', mail: `sam.ortiz@${FIRM_DOMAIN}`, displayName: 'Sam Ortiz' };
export const INTAKE = { id: 'a1a1a1a1-0000-4000-8000-000000000003', mail: `intake@${FIRM_DOMAIN}`, displayName: 'Intake' };

export interface ScanHarness {
  readonly idp: IdentityEmulator;
  readonly graph: GraphEmulator;
  readonly app: TestServer;
  readonly settings: ScanConfig;
  /** The queue as a signed-in partner of the firm sees it. */
  queue(query?: Record<string, string>): Promise<FollowUp[]>;
  close(): Promise<void>;
}

export interface ScanHarnessOptions {
  readonly retry?: Partial<RetryPolicy>;
  readonly now?: () => Date;
  readonly settings?: Partial<ScanConfig>;
  readonly dataDir?: string;
  /** Existing emulators (restart tests); fresh ones otherwise. */
  readonly idp?: IdentityEmulator;
  readonly graph?: GraphEmulator;
  readonly logTo?: { write(line: string): void };
  /** App-only credentials other than the harness app's secret (e.g. a certificate). */
  readonly credentials?: Partial<AppCredentials>;
}

export const FAST_RETRY: Partial<RetryPolicy> = { baseMs: 20, maxMs: 2_000 };

export async function startIdentity(): Promise<IdentityEmulator> {
  return startIdentityEmulator({ apps: [{ clientId: SCAN_CLIENT_ID, secret: SCAN_SECRET, appRoles: GRAPH_ROLES }] });
}

export async function startGraph(
  idp: IdentityEmulator, options: Partial<Parameters<typeof startGraphEmulator>[0]> = {}, mailboxes = [PARTNER, ASSOCIATE, INTAKE],
): Promise<GraphEmulator> {
  const graph = await startGraphEmulator({
    tls: runTls(),
    authorize: jwksAuthorizer({ jwks: () => idp.keys.published().map((k) => k.publicJwk) }),
    ...options,
  });
  for (const m of mailboxes) graph.addMailbox(m);
  return graph;
}

export async function startScanHarness(o: ScanHarnessOptions = {}): Promise<ScanHarness> {
  const idp = o.idp ?? (await startIdentity());
  const graph = o.graph ?? (await startGraph(idp));
  const settings: ScanConfig = {
    graphBaseUrl: graph.baseUrl, mailboxes: [PARTNER.mail, ASSOCIATE.mail, INTAKE.mail], intakeMailbox: INTAKE.mail, intakeOwner: INTAKE.mail,
    firmDomains: [FIRM_DOMAIN], timeZone: 'America/New_York', awaitingReplyBusinessDays: 2, pollIntervalSeconds: 3600, ...o.settings,
  };
  const app = await startTestServer({
    ...(o.dataDir !== undefined && { dataDir: o.dataDir }),
    ...(o.logTo && { logTo: o.logTo as never, env: { LOG_LEVEL: 'info' } }),
    scan: {
      firmId: DEMO_FIRM, settings,
      credentials: o.credentials === undefined
        ? { authorityHost: idp.origin, tenantId: SCAN_TENANT, clientId: SCAN_CLIENT_ID, clientSecret: new Secret(SCAN_SECRET) }
        : { authorityHost: idp.origin, tenantId: SCAN_TENANT, clientId: SCAN_CLIENT_ID, ...o.credentials },
      retry: { ...FAST_RETRY, ...o.retry },
    },
    startScanning: false,
  });
  const token = await app.token(PARTNER.mail, DEMO_FIRM);
  return {
    idp, graph, app, settings,
    async queue(query = {}) {
      const reply = await app.call(`/api/followups?${new URLSearchParams({ limit: '500', ...query })}`, { token });
      if (reply.status !== 200) throw new Error(`queue: ${reply.status} ${JSON.stringify(reply.body)}`);
      return followUpListSchema.parse(reply.body).items;
    },
    async close() {
      await app.close();
      if (o.graph === undefined) await graph.close();
      if (o.idp === undefined) await idp.close();
    },
  };
}

/** Polls until `check` holds (the webhook path is asynchronous by design); fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let counter = 0;
/** A plain message as Outlook would store it; `overrides` win. */
export function mail(overrides: Omit<Partial<SeedMessage>, 'from' | 'body'> & { from: string; to: string[]; subject: string; body: string; at?: string }): SeedMessage {
  counter += 1;
  const at = overrides.at ?? new Date().toISOString();
  const { from, to, body, at: _at, ...rest } = overrides;
  return {
    internetMessageId: `<test-${counter}-${Date.now()}@mail.example>`,
    conversationId: `conv-${counter}-${Date.now()}`,
    from: { emailAddress: { name: from.split('@')[0] ?? from, address: from } },
    toRecipients: to.map((address) => ({ emailAddress: { name: address.split('@')[0] ?? address, address } })),
    ccRecipients: [],
    body: { contentType: 'text', content: body },
    sentDateTime: at,
    receivedDateTime: at,
    ...rest,
  } as SeedMessage;
}
