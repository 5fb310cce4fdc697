// Configuration: the environment is parsed once, at boot, into one frozen typed object.
// No other module reads process.env; main.ts hands the environment to startServer().
import path from 'node:path';
import { z } from 'zod';
import { Secret } from './secret';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Demo mode signs its own tokens; entra mode accepts Microsoft Entra ID v2 access tokens. */
export type AuthConfig =
  | { readonly mode: 'demo' }
  | {
      readonly mode: 'entra';
      readonly tenantId: string;
      readonly clientId: string;
      readonly allowedTenants: readonly string[];
      /** https origin of the Microsoft identity platform (or a local emulator in tests). */
      readonly authorityHost: string;
      /** Enables on-behalf-of and app-only tokens; null: this server only validates tokens. */
      readonly clientSecret: Secret<string> | null;
      /** PEM file (private key + certificate) for app-only tokens; preferred over the secret for scanning. */
      readonly clientCertificatePath: string | null;
      /** AES-256-GCM key of the per-user token cache (32 bytes); set whenever clientSecret is. */
      readonly tokenCacheKey: Secret<Buffer> | null;
    };

/** Mailbox scanning through Microsoft Graph (app-only); null when no mailbox is configured. */
export interface ScanConfig {
  /** Graph's base URL with version: https://graph.microsoft.com/v1.0, a national cloud, or an emulator. */
  readonly graphBaseUrl: string;
  readonly mailboxes: readonly string[];
  readonly intakeMailbox: string | null;
  readonly intakeOwner: string | null;
  /** The firm's email domains (default: the scanned mailboxes' domains). */
  readonly firmDomains: readonly string[];
  readonly timeZone: string;
  readonly awaitingReplyBusinessDays: number;
  readonly pollIntervalSeconds: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the folder holding onus.sqlite and the demo issuer key. */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** Where people reach the server; null means http://localhost:<listening port>. */
  readonly publicUrl: string | null;
  /** Absolute path of the built add-in (taskpane.html and its bundles). */
  readonly addinDir: string;
  readonly auth: AuthConfig;
  readonly scan: ScanConfig | null;
  /** Demo mode only: run a local Microsoft 365 with a demo firm's mailboxes and scan it. */
  readonly demoMailboxes: boolean;
}

export interface ConfigVariable {
  readonly name: string;
  readonly default: string;
  readonly meaning: string;
}

export const MICROSOFT_LOGIN = 'https://login.microsoftonline.com';

const VARIABLES: readonly ConfigVariable[] = Object.freeze([
  { name: 'PORT', default: '3000', meaning: 'TCP port to listen on (0 picks a free port).' },
  { name: 'HOST', default: '127.0.0.1', meaning: 'Interface to listen on; use 0.0.0.0 to accept other machines.' },
  { name: 'DATA_DIR', default: './data', meaning: 'Folder for onus.sqlite and the demo signing key (created if missing).' },
  { name: 'LOG_LEVEL', default: 'info', meaning: `One of ${LOG_LEVELS.join(', ')}.` },
  { name: 'PUBLIC_URL', default: 'http://localhost:PORT', meaning: 'Address people and the add-in manifest use to reach the server.' },
  { name: 'ONUS_TENANT_ID', default: '(unset: demo mode)', meaning: 'Microsoft Entra directory (tenant) ID; set together with ONUS_CLIENT_ID.' },
  { name: 'ONUS_CLIENT_ID', default: '(unset: demo mode)', meaning: 'Application (client) ID of the Onus app registration; the token audience.' },
  { name: 'ONUS_ALLOWED_TENANTS', default: 'ONUS_TENANT_ID', meaning: 'Comma-separated tenant IDs whose users may sign in.' },
  { name: 'ONUS_AUTHORITY_HOST', default: MICROSOFT_LOGIN, meaning: 'https origin of the Microsoft identity platform: token issuer, signing keys and token endpoint (a national cloud, or a local emulator in tests).' },
  { name: 'ONUS_CLIENT_SECRET', default: '(unset: no on-behalf-of or app-only tokens)', meaning: 'Client secret of the Onus app registration, for on-behalf-of (delegated Graph) and app-only (scanning) tokens.' },
  { name: 'ONUS_CLIENT_CERTIFICATE', default: '(unset)', meaning: 'Path of a PEM file with the private key and certificate of the app registration: app-only (scanning) tokens use it instead of the client secret.' },
  { name: 'ONUS_TOKEN_CACHE_KEY', default: '(required with ONUS_CLIENT_SECRET)', meaning: '32 random bytes, base64 (openssl rand -base64 32): encrypts the per-user token cache at rest (AES-256-GCM).' },
  { name: 'ONUS_SCAN_MAILBOXES', default: '(unset: no scanning)', meaning: 'Comma-separated mailbox addresses Onus scans through Graph (Inbox and Sent Items); needs ONUS_CLIENT_SECRET and the application permissions in docs/deploy.md.' },
  { name: 'ONUS_INTAKE_MAILBOX', default: '(none)', meaning: 'The shared mailbox calls and web inquiries arrive in (must be one of ONUS_SCAN_MAILBOXES).' },
  { name: 'ONUS_INTAKE_OWNER', default: 'ONUS_INTAKE_MAILBOX', meaning: 'Who owns voicemails and inquiries that arrive in the intake mailbox.' },
  { name: 'ONUS_FIRM_DOMAINS', default: "the scanned mailboxes' domains", meaning: "Comma-separated email domains of the firm: mail from others is external." },
  { name: 'ONUS_FIRM_TIME_ZONE', default: 'America/New_York', meaning: 'IANA time zone business days are counted in (awaiting-reply deadlines).' },
  { name: 'ONUS_AWAITING_REPLY_DAYS', default: '2', meaning: 'Business days without an answer before a sent ask enters the queue as awaiting reply.' },
  { name: 'ONUS_SCAN_INTERVAL_SECONDS', default: '300', meaning: 'Delta polling interval, the safety net under change notifications.' },
  { name: 'ONUS_GRAPH_BASE_URL', default: 'https://graph.microsoft.com/v1.0', meaning: 'Microsoft Graph endpoint with version (a national cloud, or a local emulator in tests).' },
  { name: 'ONUS_DEMO_MAILBOXES', default: 'on', meaning: 'Demo mode: on runs a local Microsoft 365 (identity and Graph emulators) with a demo firm and scans it; off leaves the queue empty.' },
  { name: 'ADDIN_DIR', default: 'dist/addin', meaning: 'Folder of the built add-in, served at / (taskpane.html).' },
]);

/** The variables Onus reads, their defaults and meaning (the README table is generated from this). */
export function describeConfig(): readonly ConfigVariable[] {
  return VARIABLES;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Onus cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = (what: string) =>
  z.string().regex(GUID, `must be a GUID: the ${what} shown in the Microsoft Entra admin center`)
    .transform((s) => s.toLowerCase());

const addressList = z.string()
  .transform((s) => s.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.email('must be email addresses separated by commas')).min(1, 'must list at least one mailbox'));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const PORT_RANGE = 'must be a whole number from 0 to 65535 (0: any free port)';

const envSchema = z.object({
  PORT: z.coerce.number({ error: PORT_RANGE }).int(PORT_RANGE).min(0, PORT_RANGE).max(65535, PORT_RANGE).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, '')).optional(),
  ONUS_TENANT_ID: guid('Directory (tenant) ID').optional(),
  ONUS_CLIENT_ID: guid('Application (client) ID').optional(),
  ONUS_ALLOWED_TENANTS: z.string()
    .transform((s) => s.split(',').map((t) => t.trim()).filter((t) => t.length > 0))
    .pipe(z.array(guid('Directory (tenant) ID')).min(1, 'must list at least one tenant ID'))
    .optional(),
  ONUS_AUTHORITY_HOST: z.url({ protocol: /^https$/, error: 'must be an https:// origin, like https://login.microsoftonline.com' })
    .transform((u) => new URL(u).origin).optional(),
  ONUS_CLIENT_SECRET: z.string().min(8, 'must be the client secret value (not its ID) from Certificates & secrets').optional(),
  ONUS_CLIENT_CERTIFICATE: z.string().min(1).optional(),
  ONUS_TOKEN_CACHE_KEY: z.string()
    .transform((s) => Buffer.from(s, 'base64'))
    .refine((b) => b.length === 32, 'must be 32 bytes in base64 (44 characters); make one with `openssl rand -base64 32`')
    .optional(),
  ADDIN_DIR: z.string().min(1).default('dist/addin'),
  ONUS_SCAN_MAILBOXES: addressList.optional(),
  ONUS_DEMO_MAILBOXES: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  ONUS_INTAKE_MAILBOX: z.email('must be an email address').transform((s) => s.toLowerCase()).optional(),
  ONUS_INTAKE_OWNER: z.email('must be an email address').transform((s) => s.toLowerCase()).optional(),
  ONUS_FIRM_DOMAINS: z.string().transform((s) => s.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be domain names like smithlaw.com')).min(1)).optional(),
  ONUS_FIRM_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York').default('America/New_York'),
  ONUS_AWAITING_REPLY_DAYS: z.coerce.number().int().min(1, 'must be 1 to 30 business days').max(30, 'must be 1 to 30 business days').default(2),
  ONUS_SCAN_INTERVAL_SECONDS: z.coerce.number().int().min(30, 'must be at least 30 seconds').max(86_400).default(300),
  ONUS_GRAPH_BASE_URL: z.url({ protocol: /^https$/, error: 'must be an https:// URL with the version, like https://graph.microsoft.com/v1.0' })
    .transform((u) => u.replace(/\/+$/, '')).default('https://graph.microsoft.com/v1.0'),
});
type Env = z.output<typeof envSchema>;

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present: Record<string, string> = {};
  for (const { name } of VARIABLES) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') present[name] = value;
  }
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${shown(String(issue.path[0]), present)})`);
  problems.push(...pairingProblems(present));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data);
}

const SECRET_VARIABLES = new Set(['ONUS_CLIENT_SECRET', 'ONUS_TOKEN_CACHE_KEY']);

/** The bad value, quoted, so the operator sees the typo; secrets only by length. */
function shown(name: string, present: Record<string, string>): string {
  const value = present[name];
  if (value === undefined) return 'null';
  return SECRET_VARIABLES.has(name) ? `a hidden value of ${value.length} characters` : JSON.stringify(value);
}

function pairingProblems(present: Record<string, string>): string[] {
  const tenant = 'ONUS_TENANT_ID' in present;
  const client = 'ONUS_CLIENT_ID' in present;
  const problems: string[] = [];
  if (tenant && !client) problems.push('ONUS_CLIENT_ID: required when ONUS_TENANT_ID is set (set both for Microsoft sign-in, or neither for demo mode)');
  if (client && !tenant) problems.push('ONUS_TENANT_ID: required when ONUS_CLIENT_ID is set (set both for Microsoft sign-in, or neither for demo mode)');
  for (const name of ['ONUS_ALLOWED_TENANTS', 'ONUS_AUTHORITY_HOST', 'ONUS_CLIENT_SECRET', 'ONUS_CLIENT_CERTIFICATE', 'ONUS_TOKEN_CACHE_KEY', 'ONUS_SCAN_MAILBOXES']) {
    if (name in present && !tenant) problems.push(`${name}: only meaningful with ONUS_TENANT_ID and ONUS_CLIENT_ID set`);
  }
  if ('ONUS_SCAN_MAILBOXES' in present && !('ONUS_CLIENT_SECRET' in present) && !('ONUS_CLIENT_CERTIFICATE' in present)) {
    problems.push('ONUS_SCAN_MAILBOXES: scanning needs ONUS_CLIENT_CERTIFICATE or ONUS_CLIENT_SECRET (app-only Graph access) with ONUS_TENANT_ID and ONUS_CLIENT_ID');
  }
  const scanned = (present['ONUS_SCAN_MAILBOXES'] ?? '').toLowerCase().split(',').map((a) => a.trim());
  if ('ONUS_INTAKE_MAILBOX' in present && !scanned.includes(present['ONUS_INTAKE_MAILBOX']!.toLowerCase())) {
    problems.push('ONUS_INTAKE_MAILBOX: must be one of the mailboxes in ONUS_SCAN_MAILBOXES');
  }
  if (tenant && 'ONUS_CLIENT_SECRET' in present && !('ONUS_TOKEN_CACHE_KEY' in present)) {
    problems.push('ONUS_TOKEN_CACHE_KEY: required with ONUS_CLIENT_SECRET (tokens are cached encrypted); make one with `openssl rand -base64 32`');
  }
  return problems;
}

function toConfig(env: Env): Config {
  const auth: AuthConfig = env.ONUS_TENANT_ID !== undefined && env.ONUS_CLIENT_ID !== undefined
    ? Object.freeze({
        mode: 'entra' as const,
        tenantId: env.ONUS_TENANT_ID,
        clientId: env.ONUS_CLIENT_ID,
        allowedTenants: Object.freeze([...new Set(env.ONUS_ALLOWED_TENANTS ?? [env.ONUS_TENANT_ID])]),
        authorityHost: env.ONUS_AUTHORITY_HOST ?? MICROSOFT_LOGIN,
        clientSecret: env.ONUS_CLIENT_SECRET === undefined ? null : new Secret(env.ONUS_CLIENT_SECRET),
        clientCertificatePath: env.ONUS_CLIENT_CERTIFICATE === undefined ? null : path.resolve(env.ONUS_CLIENT_CERTIFICATE),
        tokenCacheKey: env.ONUS_TOKEN_CACHE_KEY === undefined ? null : new Secret(env.ONUS_TOKEN_CACHE_KEY),
      })
    : Object.freeze({ mode: 'demo' as const });
  return Object.freeze({
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    publicUrl: env.PUBLIC_URL ?? (env.PORT === 0 ? null : `http://localhost:${env.PORT}`),
    addinDir: path.resolve(env.ADDIN_DIR),
    auth,
    demoMailboxes: auth.mode === 'demo' && env.ONUS_DEMO_MAILBOXES === 'on',
    scan: env.ONUS_SCAN_MAILBOXES === undefined ? null : Object.freeze({
      graphBaseUrl: env.ONUS_GRAPH_BASE_URL,
      mailboxes: Object.freeze([...new Set(env.ONUS_SCAN_MAILBOXES)]),
      intakeMailbox: env.ONUS_INTAKE_MAILBOX ?? null,
      intakeOwner: env.ONUS_INTAKE_OWNER ?? env.ONUS_INTAKE_MAILBOX ?? null,
      firmDomains: Object.freeze(env.ONUS_FIRM_DOMAINS ?? [...new Set(env.ONUS_SCAN_MAILBOXES.map((a) => a.split('@')[1] ?? ''))]),
      timeZone: env.ONUS_FIRM_TIME_ZONE,
      awaitingReplyBusinessDays: env.ONUS_AWAITING_REPLY_DAYS,
      pollIntervalSeconds: env.ONUS_SCAN_INTERVAL_SECONDS,
    }),
  });
}
