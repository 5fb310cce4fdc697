// Benchmarks that talk to the https emulators must trust their CA from process start
// (NODE_EXTRA_CA_CERTS): the first run makes a throwaway CA and runs the script again with it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestCa, TLS_DIR_VARIABLE, trustingEnv } from '../../emulators/tls';

/** Runs `main` when this process trusts a test CA; otherwise runs `scriptUrl` again in a child that does. */
export async function withTrustedTestCa(scriptUrl: string, main: () => Promise<void>): Promise<void> {
  if (process.env[TLS_DIR_VARIABLE] !== undefined) return main();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onus-bench-ca-'));
  try {
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(scriptUrl)], {
      stdio: 'inherit', env: { ...process.env, ...trustingEnv(dir, createTestCa(dir)) },
    });
    process.exitCode = run.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
