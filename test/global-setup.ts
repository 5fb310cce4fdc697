// vitest globalSetup: one test CA per run, trusted by the workers vitest forks afterwards
// (NODE_EXTRA_CA_CERTS is read at process start, so it must be set before they exist).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestCa, trustingEnv } from '../emulators/tls';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onus-test-ca-'));
  Object.assign(process.env, trustingEnv(dir, createTestCa(dir)));
  return () => rmSync(dir, { recursive: true, force: true });
}
