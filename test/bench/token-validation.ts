// Token validation overhead per request (µs): the demo issuer, and Microsoft v2 tokens from the local
// identity emulator with the signing keys already cached. Prints figures; asserts nothing.
//   node --import tsx test/bench/token-validation.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuth } from '../../server/auth';
import type { TokenVerifier } from '../../server/auth/verifier';
import { loadConfig } from '../../server/config';
import { startIdentityEmulator } from '../../emulators/identity/emulator';
import { withTrustedTestCa } from './trusted-ca';

const ROUNDS = 3000;
const CLIENT = '6e3b1f4c-2a7d-4c1e-9b8a-0f5d3c2e1a90';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

// The emulator's CA must be trusted at process start: make one and run this file again with it.
await withTrustedTestCa(import.meta.url, main);

async function measure(name: string, verifier: TokenVerifier, tokens: readonly string[]): Promise<void> {
  for (const t of tokens) await verifier.verify(t); // warm: keys fetched, imported, JIT
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = process.hrtime.bigint();
    await verifier.verify(tokens[i % tokens.length] ?? '');
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`[measure] token validation, ${name}: mean ${mean.toFixed(0)} µs, p50 ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs (${ROUNDS} verifications)`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onus-bench-'));
  const idp = await startIdentityEmulator({ apps: [{ clientId: CLIENT, secret: 'unused-secret' }] });
  try {
    const demo = await createAuth(loadConfig({ DATA_DIR: dataDir }), () => new Date());
    const demoTokens = await Promise.all(Array.from({ length: 20 }, (_, i) => demo.demo?.mint(`user${i}@bench.example`, 'bench-firm') ?? ''));
    await measure('demo issuer', demo.verifier, demoTokens);

    const entra = await createAuth(loadConfig({ DATA_DIR: dataDir, ONUS_TENANT_ID: TENANT, ONUS_CLIENT_ID: CLIENT, ONUS_AUTHORITY_HOST: idp.origin }), () => new Date());
    const entraTokens = await Promise.all(Array.from({ length: 20 }, (_, i) => idp.userToken({ tenant: TENANT, audience: CLIENT, user: `user${i}@bench.example`, roles: ['Staff'] })));
    await measure('Microsoft v2 (emulator, warm JWKS cache)', entra.verifier, entraTokens);
    console.log(`[measure] JWKS fetches during ${ROUNDS + 20} Microsoft verifications: ${idp.served.keys}`);
  } finally {
    await idp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
