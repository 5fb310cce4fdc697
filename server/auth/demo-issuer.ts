// Demo mode's own token issuer: an RS256 key kept in DATA_DIR (0600), tokens shaped like Microsoft v2
// access tokens, so the rest of the server cannot tell the difference.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK,
} from 'jose';
import { ONUS_SCOPE, type AppRole } from './claims';
import { createJwtVerifier, type TokenVerifier } from './verifier';

/** Stable across restarts and ports, so a token minted before a restart still works after it. */
export const DEMO_ISSUER = 'urn:onus:demo-issuer';
export const DEMO_AUDIENCE = 'api://onus-demo';
export const DEMO_FIRM = 'demo-firm';
export const DEMO_KEY_FILE = 'demo-issuer-key.json';
const TOKEN_LIFETIME_SECONDS = 3600;

export interface DemoIssuer {
  readonly verifier: TokenVerifier;
  /** A one-hour access token for `user` (an email address) in `firm`, with one app role. */
  mint(user: string, firm: string, role?: AppRole): Promise<string>;
}

export async function loadDemoIssuer(dataDir: string, now: () => Date): Promise<DemoIssuer> {
  const privateJwk = await loadOrCreateKey(path.join(dataDir, DEMO_KEY_FILE));
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, 'RS256');
  const keys = createLocalJWKSet({ keys: [publicJwk] });
  return {
    verifier: createJwtVerifier({ keys, issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE, now }),
    mint(user, firm, role = 'Partner') {
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({
        tid: firm,
        oid: demoObjectId(firm, user),
        preferred_username: user,
        name: user.split('@')[0] ?? user,
        scp: ONUS_SCOPE,
        roles: [role],
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: publicJwk.kid ?? '' })
        .setIssuer(DEMO_ISSUER)
        .setAudience(DEMO_AUDIENCE)
        .setSubject(demoObjectId(firm, user))
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
        .sign(signingKey);
    },
  };
}

async function loadOrCreateKey(file: string): Promise<JWK> {
  try {
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    if (jwk.kty !== 'RSA' || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string') throw new Error('not an RSA private JWK with a kid');
    chmodSync(file, 0o600);
    return jwk;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`The demo signing key ${file} is unreadable (${(err as Error).message}); delete it to make a new one (demo tokens issued so far stop working).`, { cause: err });
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const stored: JWK = { ...jwk, kid, alg: 'RS256', use: 'sig' };
  writeFileSync(file, `${JSON.stringify(stored)}\n`, { mode: 0o600, flag: 'wx' });
  return stored;
}

/** A stable GUID-shaped oid per firm and address, as Entra gives every person one. */
function demoObjectId(firm: string, user: string): string {
  const h = createHash('sha256').update(`${firm}\0${user}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
