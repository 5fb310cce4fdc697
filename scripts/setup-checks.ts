// The checks behind `npm run setup:check`: the server's own configuration (server/config.ts,
// read-only) and what a tenant deployment needs around it, each as a line an IT person can act on.
//   runSetupCheck(env, { fetchImpl, timeoutMs }) → { checks, ok }   ok = nothing blocks a deployment
import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCertificateCredential } from '../server/graph/certificate';
import { ConfigError, loadConfig, type Config } from '../server/config';

export type Status = 'ok' | 'warn' | 'fail';
export interface Check { readonly status: Status; readonly text: string }
export interface SetupReport { readonly checks: readonly Check[]; readonly ok: boolean }
export interface SetupOptions { readonly fetchImpl?: typeof fetch; readonly timeoutMs?: number }

const MICROSOFT_LOGIN = 'https://login.microsoftonline.com';
const ok = (text: string): Check => ({ status: 'ok', text });
const warn = (text: string): Check => ({ status: 'warn', text });
const fail = (text: string): Check => ({ status: 'fail', text });

type Entra = Extract<Config['auth'], { mode: 'entra' }>;

/** Fields the server engineer adds to the entra config; read structurally so either version works. */
function extras(auth: Entra, env: Readonly<Record<string, string | undefined>>): { secret: boolean; authorityHost: string } {
  const a = auth as Entra & { clientSecret?: unknown; authorityHost?: unknown };
  const secret = 'clientSecret' in a ? a.clientSecret !== null && a.clientSecret !== undefined : Boolean(env.ONUS_CLIENT_SECRET?.trim());
  const authorityHost = typeof a.authorityHost === 'string' ? a.authorityHost : (env.ONUS_AUTHORITY_HOST?.trim() || MICROSOFT_LOGIN);
  return { secret, authorityHost: authorityHost.replace(/\/+$/, '') };
}

async function jwksCheck(authorityHost: string, tenantId: string, options: SetupOptions): Promise<Check> {
  const url = `${authorityHost}/${tenantId}/discovery/v2.0/keys`;
  const fetchImpl = options.fetchImpl ?? fetch;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
    const body = (await res.json().catch(() => null)) as { keys?: unknown } | null;
    if (res.ok && Array.isArray(body?.keys) && body.keys.length > 0) return ok(`Microsoft's signing keys are reachable (${url}, ${body.keys.length} keys).`);
    return fail(`Microsoft's signing keys at ${url} answered ${res.status} without keys. Check ONUS_TENANT_ID is your Directory (tenant) ID.`);
  } catch (err) {
    const why = err instanceof Error && err.name === 'TimeoutError' ? 'no answer within 5 s' : (err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err));
    return fail(`Microsoft's signing keys are unreachable from this server (${url}: ${why}). Sign-in cannot be verified: allow outbound HTTPS to ${new URL(authorityHost).host} (firewall or proxy).`);
  }
}

function dataDirCheck(dataDir: string): Check {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, `.setup-check-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
    return ok(`Data folder ${dataDir} is writable (onus.sqlite lives there; back it up, see docs/deploy.md).`);
  } catch (err) {
    return fail(`Data folder ${dataDir} is not writable (${err instanceof Error ? err.message : String(err)}). Set DATA_DIR to a folder the Onus service account can write.`);
  }
}

function addinCheck(addinDir: string, entra: boolean): Check {
  const missing = ['taskpane.html', ...(entra ? ['auth-dialog.html'] : [])].filter((f) => !existsSync(join(addinDir, f)));
  if (missing.length === 0) {
    try { accessSync(join(addinDir, 'taskpane.html'), constants.R_OK); } catch { return fail(`${addinDir}/taskpane.html is not readable by this user.`); }
    return ok(`The built add-in is in ${addinDir}.`);
  }
  return fail(`The built add-in is missing ${missing.join(', ')} in ${addinDir}. Run \`npm run build\` (or set ADDIN_DIR to where it was built).`);
}

function publicUrlCheck(config: Config, entra: boolean): Check {
  const url = config.publicUrl;
  if (url?.startsWith('https://')) return ok(`PUBLIC_URL is ${url} (https).`);
  const text = `PUBLIC_URL is ${url ?? 'unset'}; Outlook loads add-ins only over https. Set PUBLIC_URL to the https address of your reverse proxy, e.g. https://onus.firm.example.`;
  return entra ? fail(text) : warn(`${text} (Fine for a demo on this machine.)`);
}

async function tenantChecks(config: Config, auth: Entra, env: Readonly<Record<string, string | undefined>>, options: SetupOptions): Promise<Check[]> {
  const { secret, authorityHost } = extras(auth, env);
  return [
    ok(`Tenant mode: Microsoft sign-in for directory ${auth.tenantId}, app registration ${auth.clientId} (both GUIDs).`),
    auth.allowedTenants.length > 0
      ? ok(`Users of ${auth.allowedTenants.length} tenant(s) may sign in: ${auth.allowedTenants.join(', ')}.`)
      : fail('ONUS_ALLOWED_TENANTS lists no tenant: nobody could sign in. Set it to your Directory (tenant) ID.'),
    secret
      ? ok('A client secret is set (ONUS_CLIENT_SECRET): Onus can call Microsoft Graph for the directory picker and mailbox scanning.')
      : fail('ONUS_CLIENT_SECRET is not set: Onus can verify sign-ins but cannot call Microsoft Graph (directory picker, mailbox scanning). Create a secret under the app registration > Certificates & secrets and set ONUS_CLIENT_SECRET and ONUS_TOKEN_CACHE_KEY.'),
    await jwksCheck(authorityHost, auth.tenantId, options),
    scanCheck(config, auth),
  ];
}

/** Mailbox scanning: which mailboxes, with which credential, and whether Graph can notify Onus. */
function scanCheck(config: Config, auth: Entra): Check {
  if (config.scan === null) {
    return warn('Mailbox scanning is off (ONUS_SCAN_MAILBOXES unset): no awaiting replies, voicemails or inquiries in the queue. List the mailboxes to scan (docs/deploy.md §5).');
  }
  const mailboxes = `${config.scan.mailboxes.length} mailbox(es): ${config.scan.mailboxes.join(', ')}`;
  if (auth.clientCertificatePath !== null) {
    try {
      const { thumbprintSha256 } = loadCertificateCredential(auth.clientCertificatePath);
      return notified(config, `Scanning ${mailboxes} with the certificate ${thumbprintSha256.slice(0, 16)}… (upload its public part to the app registration).`);
    } catch (err) {
      return fail(err instanceof Error ? err.message : String(err));
    }
  }
  return notified(config, `Scanning ${mailboxes} with the client secret (a certificate, ONUS_CLIENT_CERTIFICATE, is Microsoft's advice for a service).`);
}

function notified(config: Config, text: string): Check {
  return config.publicUrl?.startsWith('https://')
    ? ok(`${text} Graph will notify ${config.publicUrl}/webhooks/graph within seconds of new mail.`)
    : warn(`${text} PUBLIC_URL is not https, so Graph cannot notify Onus: new mail is found by polling every ${config.scan?.pollIntervalSeconds ?? 300} s.`);
}

export async function runSetupCheck(env: Readonly<Record<string, string | undefined>>, options: SetupOptions = {}): Promise<SetupReport> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const checks = err.problems.map((p) => fail(`Configuration: ${p}.`));
    return { checks, ok: false };
  }
  const entra = config.auth.mode === 'entra';
  const checks: Check[] = config.auth.mode === 'entra'
    ? await tenantChecks(config, config.auth, env, options)
    : [warn('Demo mode: ONUS_TENANT_ID and ONUS_CLIENT_ID are not set, so Onus signs its own tokens and anyone who reaches it can use it. Set both for your firm (docs/deploy.md).')];
  checks.push(publicUrlCheck(config, entra), dataDirCheck(config.dataDir), addinCheck(config.addinDir, entra));
  return { checks, ok: checks.every((c) => c.status !== 'fail') };
}
