// The app-only credential from the configuration: the certificate when one is set, else the secret.
import type { AuthConfig } from '../config';
import type { AppCredentials } from './app-token';
import { loadCertificateCredential } from './certificate';

type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

/** null when neither a certificate nor a secret is configured (no app-only access). Throws on an unreadable certificate. */
export function appCredentialsFrom(auth: EntraConfig): AppCredentials | null {
  const { authorityHost, tenantId, clientId } = auth;
  if (auth.clientCertificatePath !== null) {
    return { authorityHost, tenantId, clientId, clientCertificate: loadCertificateCredential(auth.clientCertificatePath) };
  }
  if (auth.clientSecret !== null) return { authorityHost, tenantId, clientId, clientSecret: auth.clientSecret };
  return null;
}
