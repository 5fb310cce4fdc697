// The emulator's signing keys: RS256, published as one JWKS for every tenant (as Microsoft does).
// rotate() adds a new key that signs from then on; retire(kid) stops publishing an old one.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

export interface KeyRing {
  /** The key new tokens are signed with. */
  current(): SigningKey;
  /** Every published key; an unpublished one no longer verifies. */
  published(): readonly SigningKey[];
  rotate(): Promise<SigningKey>;
  retire(kid: string): void;
}

export async function createKeyRing(): Promise<KeyRing> {
  const keys: SigningKey[] = [await newKey()];
  let signer = keys[0] as SigningKey;
  return {
    current: () => signer,
    published: () => [...keys],
    async rotate() {
      signer = await newKey();
      keys.push(signer);
      return signer;
    },
    retire(kid) {
      const at = keys.findIndex((k) => k.kid === kid);
      if (at < 0) throw new Error(`no published key ${kid}`);
      if (keys[at] === signer) throw new Error('rotate() before retiring the signing key');
      keys.splice(at, 1);
    },
  };
}

async function newKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  // Microsoft's JWKS entries carry kid, use, kty, n, e (and x5t/x5c, which validators should not need).
  return { kid, privateKey, publicJwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
}
