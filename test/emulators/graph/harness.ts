// The Graph emulator behind the real @microsoft/microsoft-graph-client, with app-only tokens
// from the identity emulator (client credentials over https, as msal-node would get them).
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Client, type Middleware } from '@microsoft/microsoft-graph-client';
import { jwksAuthorizer, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions, type SeedMessage } from '../../../emulators/graph';
import { startIdentityEmulator, type IdentityEmulator } from '../../../emulators/identity/emulator';
import { runTls } from '../../../emulators/tls';

export const TENANT = '5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const APP = { clientId: '9c2b7e10-3f4d-4a5b-8c6d-7e8f9a0b1c2d', secret: 'graph-emulator~test.secret-1', roles: ['Mail.Read', 'Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read.All'] };
/** Mail.Read only: for 403s on write, send and calendar calls. */
export const READER = { clientId: '1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b', secret: 'graph-emulator~reader.secret-2', roles: ['Mail.Read'] };
export const ANN = { id: 'b7e3c1d2-1111-4aaa-8bbb-000000000001', mail: 'ann.archer@lawfirm.example', displayName: 'Ann Archer' };
export const BEN = { id: 'b7e3c1d2-2222-4aaa-8bbb-000000000002', mail: 'ben.baker@lawfirm.example', displayName: 'Ben Baker' };

export interface GraphHarness {
  readonly idp: IdentityEmulator;
  readonly graph: GraphEmulator;
  readonly token: string;
  /** The real Graph client, pointed at the emulator. */
  client(token?: string, middleware?: Middleware[]): Client;
  /** A plain fetch to `${baseUrl}${path}` with the app token (or the given headers). */
  call(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: unknown }>;
  close(): Promise<void>;
}

export async function appToken(idp: IdentityEmulator, app: { clientId: string; secret: string }): Promise<string> {
  const res = await fetch(`${idp.origin}/${TENANT}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.secret, scope: 'https://graph.microsoft.com/.default' }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (body.access_token === undefined) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function startGraphHarness(options: Partial<GraphEmulatorOptions> = {}): Promise<GraphHarness> {
  const idp = await startIdentityEmulator({ apps: [APP, READER].map((a) => ({ clientId: a.clientId, secret: a.secret, appRoles: a.roles })) });
  const graph = await startGraphEmulator({
    tls: runTls(), authorize: jwksAuthorizer({ jwks: () => idp.keys.published().map((k) => k.publicJwk) }), ...options,
  });
  graph.addMailbox(ANN);
  graph.addMailbox(BEN);
  const token = await appToken(idp, APP);
  return {
    idp, graph, token,
    // The client appends its default version (v1.0) to baseUrl, so baseUrl is the origin; customHosts
    // makes it send the Authorization header to 127.0.0.1.
    client: (t = token, middleware) => (middleware === undefined
      ? Client.initWithMiddleware({ authProvider: { getAccessToken: async () => t }, baseUrl: graph.origin, customHosts: new Set(['127.0.0.1']) })
      : Client.initWithMiddleware({ middleware, baseUrl: graph.origin, customHosts: new Set(['127.0.0.1']) })),
    async call(path, init = {}) {
      const res = await fetch(`${graph.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
    async close() {
      await graph.close();
      await idp.close();
    },
  };
}

let n = 0;
/** A received message (Graph JSON), minutes before 2024-05-01T12:00Z unless `at` says otherwise. */
export function incoming(overrides: Partial<SeedMessage> & { minutesAgo?: number } = {}): SeedMessage {
  n += 1;
  const { minutesAgo = n, ...rest } = overrides;
  const at = new Date(Date.UTC(2024, 4, 1, 12) - minutesAgo * 60_000).toISOString();
  return {
    subject: `Message ${n}`, from: { emailAddress: { name: 'Carla Client', address: 'carla@client.example' } },
    toRecipients: [{ emailAddress: { name: ANN.displayName, address: ANN.mail } }],
    body: { contentType: 'html', content: `<html><body><p>Hello &amp; welcome, number ${n}.</p></body></html>` },
    receivedDateTime: at, sentDateTime: at, ...rest,
  };
}

export interface Receiver {
  readonly url: string;
  /** Bodies of notification POSTs (not validation requests). */
  readonly posts: { value: Record<string, unknown>[] }[];
  /** Status to answer notification POSTs with, in turn; 202 when the list is used up. */
  statuses: number[];
  /** What to answer validation requests with (default: echo the decoded token). */
  echo: (token: string) => string;
  close(): Promise<void>;
}

/** A webhook endpoint on http://127.0.0.1 (the emulator accepts http on the loopback). */
export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '', posts: [], statuses: [], echo: (t) => t,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (c: string) => (raw += c)).on('end', () => {
      const token = new URL(req.url ?? '/', 'http://x').searchParams.get('validationToken');
      if (token !== null) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(receiver.echo(token));
        return;
      }
      receiver.posts.push(JSON.parse(raw) as { value: Record<string, unknown>[] });
      res.writeHead(receiver.statuses.shift() ?? 202).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return Object.assign(receiver, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/graph` });
}
