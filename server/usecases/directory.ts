// Delegated access to the firm's directory (Microsoft Graph) for the signed-in person, via on-behalf-of.
// Today it proves the exchange and reports what was granted; the directory picker will call Graph with it.
import type { Identity } from '../auth/identity';
import type { TokenBroker } from '../msal/broker';

/** The delegated Graph permissions the directory picker needs. */
export const DIRECTORY_SCOPES = ['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com/User.ReadBasic.All'] as const;

export interface DelegatedAccess {
  readonly tenantId: string;
  readonly scopes: readonly string[];
  readonly expiresOn: string | null;
  readonly fromCache: boolean;
}

/** What the token grants, never the token itself. */
export async function directoryAccess(broker: TokenBroker, caller: Identity, assertion: string): Promise<DelegatedAccess> {
  const token = await broker.onBehalfOf(caller, assertion, DIRECTORY_SCOPES);
  return { tenantId: token.tenantId, scopes: token.scopes, expiresOn: token.expiresOn?.toISOString() ?? null, fromCache: token.fromCache };
}
