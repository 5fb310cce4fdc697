// Which sign-in the server expects, read from GET /api/config (no token needed):
//   { "mode": "demo" }                                                        the demo issuer
//   { "mode": "entra", "clientId", "tenantId", "authority" }                 Microsoft Entra ID
// Until the server has that route it answers 404, which means demo mode. No ids live in the pane.
import { z } from 'zod';
import { errorFromResponse, unexpectedShape, unreachable } from '../api/errors';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const authConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo') }),
  z.object({
    mode: z.literal('entra'),
    clientId: guid,
    tenantId: guid,
    /** e.g. https://login.microsoftonline.com/<tenantId> */
    authority: z.url({ protocol: /^https$/ }),
  }),
]);
export type AuthConfig = z.output<typeof authConfigSchema>;
export type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

/** The scope the pane asks for: our API's delegated permission (Expose an API → access_as_user). */
export function apiScope(config: EntraConfig, host: string): string {
  return `api://${host}/${config.clientId}/access_as_user`;
}

export async function loadAuthConfig(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<AuthConfig> {
  let res: Response;
  try {
    res = await fetchImpl(`${baseUrl}/api/config`, { headers: { accept: 'application/json' } });
  } catch (err) {
    throw unreachable(err);
  }
  if (res.status === 404) return { mode: 'demo' };
  if (!res.ok) throw await errorFromResponse(res);
  const parsed = authConfigSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw unexpectedShape('the sign-in settings');
  return parsed.data;
}
