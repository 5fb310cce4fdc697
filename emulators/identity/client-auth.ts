// How a confidential client proves itself at the token endpoint: a client secret, or a JWT signed
// with the private key of a certificate registered on the app (private_key_jwt, what msal-node
// sends for clientCertificate: x5t#S256 header, aud = the token endpoint, iss = sub = client id).
// Entra allows five minutes of clock skew on the assertion's nbf and exp; so does the emulator.
import { createHash, X509Certificate } from 'node:crypto';
import { decodeProtectedHeader, importX509, jwtVerify } from 'jose';

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface ClientCredentialsOf {
  readonly clientId: string;
  readonly secret?: string;
  /** PEM certificate registered on the app (public part only). */
  readonly certificatePem?: string;
}

export type ClientAuthFailure = { readonly code: number; readonly text: string };

export async function authenticateClient(app: ClientCredentialsOf, form: URLSearchParams, tokenEndpoint: string, now: Date): Promise<ClientAuthFailure | null> {
  const assertion = form.get('client_assertion');
  if (assertion === null) {
    return app.secret !== undefined && form.get('client_secret') === app.secret ? null
      : { code: 7000215, text: 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.' };
  }
  if (form.get('client_assertion_type') !== ASSERTION_TYPE || app.certificatePem === undefined) {
    return { code: 700027, text: 'Client assertion failed signature validation.' };
  }
  try {
    const header = decodeProtectedHeader(assertion);
    const thumbprint = Buffer.from(createHash('sha256').update(new X509Certificate(app.certificatePem).raw).digest()).toString('base64url');
    if (header['x5t#S256'] !== undefined && header['x5t#S256'] !== thumbprint) {
      return { code: 700027, text: `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${String(header['x5t#S256'])}']` };
    }
    const key = await importX509(app.certificatePem, String(header.alg ?? 'PS256'));
    await jwtVerify(assertion, key, { audience: tokenEndpoint, issuer: app.clientId, subject: app.clientId, algorithms: ['PS256', 'RS256'], currentDate: now, clockTolerance: 300 });
    return null;
  } catch (err) {
    return { code: 700027, text: `Client assertion failed signature validation. ${err instanceof Error ? err.message : ''}`.trim() };
  }
}
