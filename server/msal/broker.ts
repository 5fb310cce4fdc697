// Tokens Onus gets from Microsoft for itself: on behalf of the signed-in person (delegated Graph,
// e.g. the directory picker) and app-only (mailbox scanning). msal-node does the protocol; each
// person has their own client and cache partition ("<tenant>:<oid>"), sealed in SQLite.
import { ConfidentialClientApplication, LogLevel, type AuthenticationResult } from '@azure/msal-node';
import type { Logger } from 'pino';
import type { Identity } from '../auth/identity';
import type { AuthConfig } from '../config';
import { Secret } from '../secret';
import type { TokenCacheRepo } from '../store/token-cache-repo';
import { sealedCachePlugin } from './cache-plugin';
import { msalLogging } from './logging';
import { describeTokenError, toTokenApiError } from './errors';

type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

export interface AcquiredToken {
  readonly accessToken: Secret<string>;
  readonly scopes: readonly string[];
  readonly tenantId: string;
  readonly expiresOn: Date | null;
  readonly fromCache: boolean;
}

export interface TokenBroker {
  /** Exchanges the caller's Onus access token for one to `scopes` (on-behalf-of); throws an ApiError. */
  onBehalfOf(caller: Identity, assertion: string, scopes: readonly string[]): Promise<AcquiredToken>;
  /** An app-only token (client credentials) for `scope`, e.g. https://graph.microsoft.com/.default. */
  appOnly(scope: string): Promise<AcquiredToken>;
}

export interface BrokerDeps {
  readonly auth: EntraConfig;
  readonly cache: TokenCacheRepo;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** Clients kept in memory, most recently used last; a person beyond this is loaded from SQLite again. */
const MAX_CLIENTS = 500;

export function createTokenBroker(deps: BrokerDeps): TokenBroker | null {
  const { auth } = deps;
  if (auth.clientSecret === null || auth.tokenCacheKey === null) return null;
  const secret = auth.clientSecret;
  const key = auth.tokenCacheKey;
  const clients = new Map<string, ConfidentialClientApplication>();
  const appClient = newClient(deps, auth.tenantId, secret);
  const fail = (caller: { firmId: string }, flow: string) => (err: unknown): never => {
    deps.logger.warn({ flow, tenant: caller.firmId, cause: describeTokenError(err) }, 'token request refused');
    throw toTokenApiError(err, { authorityHost: auth.authorityHost, tenantId: caller.firmId, clientId: auth.clientId });
  };

  return {
    async onBehalfOf(caller, assertion, scopes) {
      const partition = `${caller.firmId}:${caller.oid}`;
      let client = clients.get(partition);
      if (client === undefined) {
        client = newClient(deps, caller.firmId, secret, sealedCachePlugin(deps.cache, key.reveal(), partition, deps.now));
        // msal-node's on-behalf-of reads its in-memory cache without asking the plugin first: load it now.
        await client.getTokenCache().getAllAccounts();
        if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value ?? '');
      } else {
        clients.delete(partition);
      }
      clients.set(partition, client);
      const result = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: [...scopes] }).catch(fail(caller, 'on-behalf-of'));
      return acquired(result, caller.firmId);
    },
    async appOnly(scope) {
      const result = await appClient.acquireTokenByClientCredential({ scopes: [scope] }).catch(fail({ firmId: auth.tenantId }, 'client-credentials'));
      return acquired(result, auth.tenantId);
    },
  };
}

function newClient(deps: BrokerDeps, tenantId: string, secret: Secret<string>, cachePlugin?: ReturnType<typeof sealedCachePlugin>): ConfidentialClientApplication {
  const { auth, logger } = deps;
  return new ConfidentialClientApplication({
    auth: {
      clientId: auth.clientId,
      clientSecret: secret.reveal(),
      authority: `${auth.authorityHost}/${tenantId}`,
      // The authority is trusted as configured: no instance discovery call to Microsoft.
      knownAuthorities: [new URL(auth.authorityHost).host],
    },
    ...(cachePlugin === undefined ? {} : { cache: { cachePlugin } }),
    system: { loggerOptions: msalLogging(logger, LogLevel.Warning) },
  });
}

/** msal leaves tenantId empty when the token has no id token (app-only) or comes from the cache. */
function acquired(result: AuthenticationResult | null, tenantId: string): AcquiredToken {
  if (result === null) throw new Error('msal-node returned no token');
  return {
    accessToken: new Secret(result.accessToken),
    scopes: result.scopes,
    tenantId: result.tenantId === '' ? tenantId : result.tenantId,
    expiresOn: result.expiresOn,
    fromCache: result.fromCache,
  };
}
