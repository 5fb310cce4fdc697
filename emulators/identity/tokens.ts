// Tokens shaped like the Microsoft identity platform's v2 access tokens, signed by the key ring.
import { randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { KeyRing } from './keys';

export interface UserTokenRequest {
  /** Tenant (directory) id: `tid`, and the tenant in `iss`. */
  readonly tenant: string;
  /** `aud`: the Onus client id (v2 tokens), or api://<client id>. */
  readonly audience: string;
  readonly user: string;
  readonly oid?: string;
  readonly name?: string;
  /** Space-separated delegated scopes; default access_as_user. */
  readonly scp?: string;
  readonly roles?: readonly string[];
  /** Lifetime from now; default one hour. */
  readonly lifetimeSeconds?: number;
  /** Any claim to add or override (exp, nbf, iss…); undefined removes one. */
  readonly claims?: JWTPayload;
}

export interface Minter {
  issuer(tenant: string): string;
  userToken(request: UserTokenRequest): Promise<string>;
  sign(claims: JWTPayload): Promise<string>;
}

export function createMinter(origin: () => string, keys: KeyRing, now: () => Date): Minter {
  const issuer = (tenant: string) => `${origin()}/${tenant}/v2.0`;
  const sign = (claims: JWTPayload) => {
    const key = keys.current();
    const defined = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
    return new SignJWT(defined).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
  };
  return {
    issuer,
    sign,
    userToken(r) {
      const iat = Math.floor(now().getTime() / 1000);
      const oid = r.oid ?? randomUUID();
      return sign({
        aud: r.audience, iss: issuer(r.tenant), iat, nbf: iat, exp: iat + (r.lifetimeSeconds ?? 3600),
        aio: 'emulated', azp: 'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e', azpacr: '0', name: r.name ?? r.user.split('@')[0],
        oid, preferred_username: r.user, rh: 'emulated', roles: r.roles === undefined ? undefined : [...r.roles],
        scp: r.scp ?? 'access_as_user', sub: `sub-${oid}`, tid: r.tenant, uti: randomUUID(), ver: '2.0',
        ...r.claims,
      });
    },
  };
}
