// POST /{tenant}/oauth2/v2.0/token: client credentials and on-behalf-of, with Microsoft's error shapes.
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, errors as jose, jwtVerify } from 'jose';
import { authenticateClient } from './client-auth';
import type { KeyRing } from './keys';
import type { Minter } from './tokens';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface EmulatedApp {
  readonly clientId: string;
  /** The client secret; an app may have a certificate instead (or both). */
  readonly secret?: string;
  /** PEM certificate registered on the app: the app may sign a client assertion with its key. */
  readonly certificatePem?: string;
  /** Application permissions granted to the app (the `roles` of its app-only tokens). */
  readonly appRoles?: readonly string[];
}

export interface TokenEndpointState {
  readonly apps: readonly EmulatedApp[];
  /** "tenant client" pairs whose consent an admin has not given (AADSTS65001). */
  readonly unconsented: Set<string>;
  readonly keys: KeyRing;
  readonly minter: Minter;
  readonly now: () => Date;
}

export interface TokenReply { readonly status: number; readonly body: Record<string, unknown> }

export async function handleTokenRequest(state: TokenEndpointState, tenant: string, form: URLSearchParams): Promise<TokenReply> {
  const app = state.apps.find((a) => a.clientId === form.get('client_id'));
  if (app === undefined) return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant}'.`);
  const tokenEndpoint = `${state.minter.issuer(tenant).replace(/\/v2\.0$/, '')}/oauth2/v2.0/token`;
  const refused = await authenticateClient(app, form, tokenEndpoint, state.now());
  if (refused !== null) return aadError(401, 'invalid_client', refused.code, refused.text);
  const grant = form.get('grant_type');
  if (grant === 'client_credentials') return clientCredentials(state, tenant, app, form);
  if (grant === OBO_GRANT) return onBehalfOf(state, tenant, app, form);
  return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`);
}

async function clientCredentials(state: TokenEndpointState, tenant: string, app: EmulatedApp, form: URLSearchParams): Promise<TokenReply> {
  const scope = form.get('scope') ?? '';
  if (!scope.endsWith('/.default')) return aadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`);
  if (state.unconsented.has(`${tenant} ${app.clientId}`)) return consentRequired(app);
  const iat = seconds(state.now());
  const accessToken = await state.minter.sign({
    aud: scope.slice(0, -'/.default'.length), iss: state.minter.issuer(tenant), iat, nbf: iat, exp: iat + 3599,
    appid: app.clientId, idtyp: 'app', oid: `sp-${app.clientId}`, roles: [...(app.appRoles ?? [])], sub: `sp-${app.clientId}`, tid: tenant, ver: '2.0',
  });
  return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken } };
}

async function onBehalfOf(state: TokenEndpointState, tenant: string, app: EmulatedApp, form: URLSearchParams): Promise<TokenReply> {
  if (form.get('requested_token_use') !== 'on_behalf_of') return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'requested_token_use'.");
  const jwks = createLocalJWKSet({ keys: state.keys.published().map((k) => k.publicJwk) });
  let user: Record<string, unknown>;
  try {
    ({ payload: user } = await jwtVerify(form.get('assertion') ?? '', jwks, {
      audience: [app.clientId, `api://${app.clientId}`], algorithms: ['RS256'], currentDate: state.now(),
    }));
  } catch (err) {
    if (err instanceof jose.JWTExpired) return aadError(400, 'invalid_grant', 500133, `Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: ${state.now().toISOString()}.`, 'invalid_grant');
    return aadError(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
  }
  if (user['tid'] !== tenant) return aadError(400, 'invalid_grant', 50013, 'Assertion audience does not match the tenant of the request.');
  if (state.unconsented.has(`${tenant} ${app.clientId}`)) return consentRequired(app);
  const requested = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
  const scp = requested.filter((s) => !OIDC_SCOPES.has(s)).map((s) => s.replace(`${GRAPH_RESOURCE}/`, ''));
  const iat = seconds(state.now());
  const common = { iss: state.minter.issuer(tenant), iat, nbf: iat, exp: iat + 3599, tid: tenant, oid: user['oid'], ver: '2.0' };
  const [accessToken, idToken] = await Promise.all([
    state.minter.sign({ ...common, aud: GRAPH_RESOURCE, appid: app.clientId, scp: scp.join(' '), upn: user['preferred_username'], sub: String(user['sub']) }),
    state.minter.sign({ ...common, aud: app.clientId, name: user['name'], preferred_username: user['preferred_username'], sub: String(user['sub']) }),
  ]);
  const clientInfo = Buffer.from(JSON.stringify({ uid: user['oid'], utid: tenant })).toString('base64url');
  return {
    status: 200,
    body: {
      token_type: 'Bearer', scope: scp.map((s) => `${GRAPH_RESOURCE}/${s}`).concat([...OIDC_SCOPES].filter((s) => requested.includes(s))).join(' '),
      expires_in: 3599, ext_expires_in: 3599, access_token: accessToken, refresh_token: `rt-${randomUUID()}`, id_token: idToken, client_info: clientInfo,
    },
  };
}

function consentRequired(app: EmulatedApp): TokenReply {
  return aadError(400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${app.clientId}' named 'Onus'. Send an interactive authorization request for this user and resource.`, 'consent_required');
}

/** Microsoft's error body: error, "AADSTSnnnnn: …" description, error_codes, trace and correlation ids. */
function aadError(status: number, error: string, code: number, text: string, suberror?: string): TokenReply {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error, error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code], timestamp, trace_id: traceId, correlation_id: correlationId,
      ...(suberror === undefined ? {} : { suberror }),
    },
  };
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
