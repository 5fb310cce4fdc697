// A throwaway certificate authority and a 127.0.0.1 server certificate it signs (openssl, ~1 s).
// The suite's global setup makes one per run and trusts it with NODE_EXTRA_CA_CERTS, so every
// worker (fetch, msal-node's https client) accepts the emulators' https like a public CA's.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TLS_DIR_VARIABLE = 'ONUS_TEST_TLS_DIR';

export interface TestTls {
  readonly caFile: string;
  readonly key: Buffer;
  readonly cert: Buffer;
}

/** `days`: validity; tests use 2, demo mode a month (and makes a new one when it lapses). */
export function createTestCa(dir: string, days = 2): TestTls {
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('/usr/bin/openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', String(days),
    '-subj', '/CN=Onus Test CA (throwaway)', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1');
  writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial',
    '-out', f('server.pem'), '-days', String(days), '-extfile', f('server.ext'));
  return loadTestTls(dir);
}

/**
 * The environment that trusts the test CA: NODE_EXTRA_CA_CERTS names a bundle of the CAs it named
 * before (if any) plus the test CA, and ONUS_TEST_TLS_DIR the folder of the emulators' certificate.
 */
export function trustingEnv(dir: string, tls: TestTls, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const previous = env['NODE_EXTRA_CA_CERTS'];
  const bundle = path.join(dir, 'trusted.pem');
  const before = previous !== undefined && existsSync(previous) ? `${readFileSync(previous, 'utf8').trimEnd()}\n` : '';
  writeFileSync(bundle, `${before}${readFileSync(tls.caFile, 'utf8')}`);
  return { NODE_EXTRA_CA_CERTS: bundle, [TLS_DIR_VARIABLE]: dir };
}

export function loadTestTls(dir: string): TestTls {
  return {
    caFile: path.join(dir, 'ca.pem'),
    key: readFileSync(path.join(dir, 'server.key')),
    cert: readFileSync(path.join(dir, 'server.pem')),
  };
}

/** The run's CA, made by the global setup; fails with what to do when run outside vitest. */
export function runTls(env: NodeJS.ProcessEnv = process.env): TestTls {
  const dir = env[TLS_DIR_VARIABLE];
  if (dir === undefined || env['NODE_EXTRA_CA_CERTS'] === undefined) {
    throw new Error(`${TLS_DIR_VARIABLE} or NODE_EXTRA_CA_CERTS is unset: run through vitest (test/vitest.config.ts globalSetup), or start the process with trustingEnv().`);
  }
  return loadTestTls(dir);
}
