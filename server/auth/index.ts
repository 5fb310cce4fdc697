// Authentication for the configured mode: Microsoft Entra ID, or the demo issuer.
import type { Config } from '../config';
import { loadDemoIssuer, type DemoIssuer } from './demo-issuer';
import { createEntraVerifier } from './entra';
import type { TokenVerifier } from './verifier';

export interface Auth {
  readonly verifier: TokenVerifier;
  /** Present in demo mode only; the demo token route exists only then. */
  readonly demo: DemoIssuer | null;
}

export async function createAuth(config: Config, now: () => Date): Promise<Auth> {
  if (config.auth.mode === 'entra') return { verifier: createEntraVerifier(config.auth, now), demo: null };
  const demo = await loadDemoIssuer(config.dataDir, now);
  return { verifier: demo.verifier, demo };
}
