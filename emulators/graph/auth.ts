// Bearer tokens and permissions. jwksAuthorizer checks a token as Graph would (RS256 against the
// issuer's published keys, audience Graph, lifetime); ROLES_FOR says which permissions a call needs.
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import type { Need } from './router';

export interface Authorization {
  readonly tenantId: string;
  readonly roles: readonly string[];
  /** The calling app (appid/azp): scopes GET /subscriptions and fills applicationId. */
  readonly appId?: string;
  /** The service principal / user object id: fills a subscription's creatorId. */
  readonly principalId?: string;
}

export type Authorize = (bearerToken: string) => Promise<Authorization | null>;

const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];

export function jwksAuthorizer(o: { jwks: () => readonly JWK[]; audience?: string; now?: () => Date }): Authorize {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [...o.jwks()] }), {
        audience: o.audience ?? GRAPH_AUDIENCES, algorithms: ['RS256'], ...(o.now === undefined ? {} : { currentDate: o.now() }),
      });
      if (typeof payload['tid'] !== 'string') return null;
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is string => typeof r === 'string') : [];
      const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ').filter((s) => s !== '') : [];
      const appId = [payload['appid'], payload['azp']].find((v): v is string => typeof v === 'string');
      const principalId = typeof payload['oid'] === 'string' ? payload['oid'] : undefined;
      return { tenantId: payload['tid'], roles: [...roles, ...scopes], ...(appId === undefined ? {} : { appId }), ...(principalId === undefined ? {} : { principalId }) };
    } catch {
      return null;
    }
  };
}

/** Any one of these grants the call (application permissions; delegated scopes of the same names). */
export const ROLES_FOR: Readonly<Record<Need, readonly string[]>> = {
  'mail.read': ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic', 'Mail.ReadBasic.All'],
  'mail.write': ['Mail.ReadWrite'],
  'mail.send': ['Mail.Send'],
  'calendar.read': ['Calendars.Read', 'Calendars.ReadWrite', 'Calendars.ReadBasic'],
  'calendar.write': ['Calendars.ReadWrite'],
  'settings.read': ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
  'directory.read': ['User.Read.All', 'User.ReadBasic.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  none: [],
};

export function grants(roles: ReadonlySet<string>, need: Need): boolean {
  const any = ROLES_FOR[need];
  return any.length === 0 || any.some((r) => roles.has(r));
}

/** Mail.ReadBasic(.All) without Mail.Read: reads leave out bodies, previews and attachments. */
export function basicOnly(roles: ReadonlySet<string>): boolean {
  return !roles.has('Mail.Read') && !roles.has('Mail.ReadWrite');
}
