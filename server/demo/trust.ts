// Demo mode runs Microsoft's services as local emulators over https, with a certificate
// authority made for this machine (in DATA_DIR/demo-tls, valid 30 days, renewed when it lapses).
// Node reads extra trusted CAs only at process start (NODE_EXTRA_CA_CERTS), so `npm start`
// restarts itself once, as a child process that trusts that CA. Nothing on the system changes.
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestCa, loadTestTls, TLS_DIR_VARIABLE, trustingEnv, type TestTls } from '../../emulators/tls';

const DEMO_TLS_DAYS = 30;

/** The demo CA and certificate when this process already trusts them; null when it must re-exec. */
export function trustedDemoTls(env: NodeJS.ProcessEnv): TestTls | null {
  const dir = env[TLS_DIR_VARIABLE];
  if (dir === undefined || env['NODE_EXTRA_CA_CERTS'] === undefined || !existsSync(path.join(dir, 'server.pem'))) return null;
  return loadTestTls(dir);
}

/** Makes (or reuses) the demo CA, then runs this same command again trusting it; resolves with the child's exit code. */
export async function relaunchTrustingDemoCa(dataDir: string): Promise<number> {
  const dir = path.join(path.resolve(dataDir), 'demo-tls');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!valid(path.join(dir, 'server.pem'))) createTestCa(dir, DEMO_TLS_DAYS);
  const env = { ...process.env, ...trustingEnv(dir, loadTestTls(dir)) };
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128 + 2))));
}

/** A certificate still good for a day. */
function valid(certFile: string): boolean {
  if (!existsSync(certFile)) return false;
  try {
    return Date.parse(new X509Certificate(readFileSync(certFile)).validTo) - Date.now() > 86_400_000;
  } catch {
    return false;
  }
}
