// A certificate credential for app-only tokens: Microsoft recommends certificates over client
// secrets for daemons. ONUS_CLIENT_CERTIFICATE names one PEM file with the private key and the
// certificate (upload the certificate part to the app registration).
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Secret } from '../secret';

export interface CertificateCredential {
  readonly privateKey: Secret<string>;
  /** Hex SHA-256 thumbprint of the certificate, as the app registration shows it. */
  readonly thumbprintSha256: string;
  /** The certificate, base64 DER, sent in the x5c header (subject name + issuer authentication). */
  readonly x5c: string;
}

const block = (pem: string, label: RegExp) => new RegExp(`-----BEGIN ${label.source}-----[\\s\\S]+?-----END ${label.source}-----`).exec(pem)?.[0] ?? null;

export function loadCertificateCredential(file: string): CertificateCredential {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`ONUS_CLIENT_CERTIFICATE: cannot read ${file} (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
  const key = block(pem, /(?:RSA |EC )?PRIVATE KEY/);
  const cert = block(pem, /CERTIFICATE/);
  if (key === null || cert === null) {
    throw new Error(`ONUS_CLIENT_CERTIFICATE: ${file} must hold both the private key and the certificate in PEM (cat key.pem cert.pem > onus.pem).`);
  }
  const x509 = new X509Certificate(cert);
  return {
    privateKey: new Secret(key),
    thumbprintSha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(),
    x5c: x509.raw.toString('base64'),
  };
}
