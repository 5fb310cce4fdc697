// The real server in Microsoft sign-in mode, pointed at the local identity emulator (https, test CA).
import { randomBytes } from 'node:crypto';
import { startIdentityEmulator, type IdentityEmulator, type UserTokenRequest } from '../../emulators/identity/emulator';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

export const CLIENT_ID = '6e3b1f4c-2a7d-4c1e-9b8a-0f5d3c2e1a90';
export const CLIENT_SECRET = 'emulated~secret.Q8x2-VmK4tP9sL7wN3cR5yH1';
/** Two firms that may sign in, and one that may not. */
export const TENANT_A = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TENANT_B = '3a5c8e1f-0b2d-4f6a-8c9e-1d3f5a7b9c0e';
export const TENANT_UNLISTED = '11111111-2222-3333-4444-555555555555';

export interface EntraHarness {
  readonly idp: IdentityEmulator;
  readonly app: TestServer;
  readonly cacheKey: Buffer;
  /** A v2 access token for the Onus API from the emulator (tenant A, Partner, access_as_user unless told). */
  token(request?: Partial<UserTokenRequest>): Promise<string>;
  close(): Promise<void>;
}

export async function startEntraHarness(options: TestServerOptions & { readonly withSecret?: boolean } = {}): Promise<EntraHarness> {
  const idp = await startIdentityEmulator({ apps: [{ clientId: CLIENT_ID, secret: CLIENT_SECRET, appRoles: ['Mail.Read'] }] });
  const cacheKey = randomBytes(32);
  const app = await startTestServer({
    ...options,
    env: {
      ONUS_TENANT_ID: TENANT_A,
      ONUS_CLIENT_ID: CLIENT_ID,
      ONUS_ALLOWED_TENANTS: `${TENANT_A},${TENANT_B}`,
      ONUS_AUTHORITY_HOST: idp.origin,
      ...(options.withSecret === false ? {} : { ONUS_CLIENT_SECRET: CLIENT_SECRET, ONUS_TOKEN_CACHE_KEY: cacheKey.toString('base64') }),
      ...options.env,
    },
  });
  return {
    idp,
    app,
    cacheKey,
    token: (r = {}) => idp.userToken({ tenant: TENANT_A, audience: CLIENT_ID, user: 'ann@contoso.example', roles: ['Partner'], ...r }),
    async close() {
      await app.close();
      await idp.close();
    },
  };
}
