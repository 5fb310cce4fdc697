// App-only tokens for Graph (client credentials), from @azure/msal-node. msal keeps the token in
// its in-memory cache and refreshes it shortly before it expires; this module never logs it.
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { Logger } from 'pino';
import { msalLogging } from '../msal/logging';
import type { Secret } from '../secret';
import type { CertificateCredential } from './certificate';

export const GRAPH_APP_SCOPE = 'https://graph.microsoft.com/.default';

export interface AppCredentials {
  /** https origin of the identity platform (login.microsoftonline.com, or the local emulator). */
  readonly authorityHost: string;
  readonly tenantId: string;
  readonly clientId: string;
  /** One of the two: a certificate (preferred for a service) or a client secret. */
  readonly clientSecret?: Secret<string>;
  readonly clientCertificate?: CertificateCredential;
}

/** A function that returns a valid app-only Graph access token for the firm's tenant. */
export type AppTokenSource = () => Promise<string>;

export function appTokenSource(credentials: AppCredentials, logger: Logger): AppTokenSource {
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: credentials.clientId,
      ...proof(credentials),
      authority: `${credentials.authorityHost}/${credentials.tenantId}`,
      knownAuthorities: [new URL(credentials.authorityHost).host],
    },
    // Client credentials draw harmless warnings ("No client info in response"): errors only.
    system: { loggerOptions: msalLogging(logger, LogLevel.Error) },
  });
  return async () => {
    const result = await client.acquireTokenByClientCredential({ scopes: [GRAPH_APP_SCOPE] });
    if (result === null) throw new Error('The identity platform returned no app-only token for Microsoft Graph.');
    return result.accessToken;
  };
}

function proof(c: AppCredentials) {
  if (c.clientCertificate !== undefined) {
    const { privateKey, thumbprintSha256, x5c } = c.clientCertificate;
    return { clientCertificate: { privateKey: privateKey.reveal(), thumbprintSha256, x5c } };
  }
  if (c.clientSecret !== undefined) return { clientSecret: c.clientSecret.reveal() };
  throw new Error('App-only Graph access needs ONUS_CLIENT_CERTIFICATE or ONUS_CLIENT_SECRET.');
}
