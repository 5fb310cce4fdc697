// A local Microsoft identity platform on https://127.0.0.1:<port>, for tests and benchmarks:
//   GET  /{tenant}/v2.0/.well-known/openid-configuration
//   GET  /{tenant}/discovery/v2.0/keys            (JWKS; rotate and retire keys)
//   POST /{tenant}/oauth2/v2.0/token              (client_credentials, on-behalf-of)
// Every request is counted by kind, so tests can prove caching ("N requests, ≤ 1 key fetch").
import { once } from 'node:events';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { createKeyRing, type KeyRing } from './keys';
import { runTls, type TestTls } from '../tls';
import { handleTokenRequest, type EmulatedApp } from './token-endpoint';
import { createMinter, type UserTokenRequest } from './tokens';

export { GRAPH_RESOURCE, type EmulatedApp } from './token-endpoint';
export type { UserTokenRequest } from './tokens';

export interface IdentityEmulatorOptions {
  readonly apps: readonly EmulatedApp[];
  readonly tls?: TestTls;
  readonly now?: () => Date;
}

export type RequestKind = 'openid-configuration' | 'keys' | 'token' | 'unknown';

export interface IdentityEmulator {
  /** https://127.0.0.1:<port>: what ONUS_AUTHORITY_HOST points at. */
  readonly origin: string;
  issuer(tenant: string): string;
  /** Requests served so far, by kind; `paths` lists every path asked for. */
  readonly served: Record<RequestKind, number> & { readonly paths: string[] };
  /** Token-endpoint requests (grant type and result), for assertions. */
  readonly tokenRequests: { grant: string; status: number; error?: string }[];
  userToken(request: UserTokenRequest): Promise<string>;
  /** Signs any claims with the current key (for tokens the helper would not make). */
  sign(claims: JWTPayload): Promise<string>;
  readonly keys: KeyRing;
  /** Makes AADSTS65001 (consent required) the answer for this tenant and client until consented. */
  revokeConsent(tenant: string, clientId: string): void;
  grantConsent(tenant: string, clientId: string): void;
  close(): Promise<void>;
}

const ROUTE = /^\/([A-Za-z0-9.-]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/token)$/;

export async function startIdentityEmulator(options: IdentityEmulatorOptions): Promise<IdentityEmulator> {
  const tls = options.tls ?? runTls();
  const now = options.now ?? (() => new Date());
  const keys = await createKeyRing();
  let origin = '';
  const minter = createMinter(() => origin, keys, now);
  const unconsented = new Set<string>();
  const served = { 'openid-configuration': 0, keys: 0, token: 0, unknown: 0, paths: [] as string[] };
  const tokenRequests: IdentityEmulator['tokenRequests'] = [];

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', origin);
    served.paths.push(url.pathname);
    const match = ROUTE.exec(url.pathname);
    const tenant = match?.[1] ?? '';
    const kind = match?.[2];
    if (req.method === 'GET' && kind === 'v2.0/.well-known/openid-configuration') {
      served['openid-configuration'] += 1;
      send(200, openidConfiguration(origin, tenant));
    } else if (req.method === 'GET' && kind === 'discovery/v2.0/keys') {
      served.keys += 1;
      send(200, { keys: keys.published().map((k) => k.publicJwk) });
    } else if (req.method === 'POST' && kind === 'oauth2/v2.0/token') {
      served.token += 1;
      let raw = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk)).on('end', () => {
        const form = new URLSearchParams(raw);
        handleTokenRequest({ apps: options.apps, unconsented, keys, minter, now }, tenant, form).then((reply) => {
          tokenRequests.push({ grant: form.get('grant_type') ?? '', status: reply.status, ...(typeof reply.body['error'] === 'string' ? { error: String(reply.body['error_codes']) } : {}) });
          send(reply.status, reply.body);
        }, (err: unknown) => send(500, { error: 'server_error', error_description: String(err) }));
      });
    } else {
      served.unknown += 1;
      send(404, { error: 'not_found', error_description: `The identity emulator does not serve ${req.method} ${url.pathname}` });
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    issuer: minter.issuer,
    served,
    tokenRequests,
    userToken: minter.userToken,
    sign: minter.sign,
    keys,
    revokeConsent: (tenant, clientId) => void unconsented.add(`${tenant} ${clientId}`),
    grantConsent: (tenant, clientId) => void unconsented.delete(`${tenant} ${clientId}`),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function openidConfiguration(origin: string, tenant: string): Record<string, unknown> {
  const base = `${origin}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${/^[0-9a-f-]{36}$/i.test(tenant) ? tenant : '{tenantid}'}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}
