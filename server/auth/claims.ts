// From verified token claims (Microsoft identity platform v2 shape) to an Identity.
import type { JWTPayload } from 'jose';
import { errors } from '../errors';
import type { Identity } from './identity';

/** The delegated scope the add-in asks for; tokens without it were issued for something else. */
export const ONUS_SCOPE = 'access_as_user';

/** The app roles of the Onus registration (appRoles values), as they arrive in the `roles` claim. */
export const APP_ROLES = ['Admin', 'Partner', 'Staff'] as const;
export type AppRole = (typeof APP_ROLES)[number];

const isAppRole = (value: string): value is AppRole => (APP_ROLES as readonly string[]).includes(value);

export function identityFromClaims(payload: JWTPayload): Identity {
  const tid = text(payload['tid']);
  const oid = text(payload['oid']);
  const user = (text(payload['preferred_username']) ?? text(payload['upn']))?.toLowerCase();
  if (tid === undefined || oid === undefined || user === undefined) throw errors.invalidToken();
  const scopes = (text(payload['scp']) ?? '').split(' ');
  if (!scopes.includes(ONUS_SCOPE)) {
    throw errors.forbidden(`This access token was not issued for the Onus add-in (it lacks the ${ONUS_SCOPE} scope); sign in through the add-in.`);
  }
  return { firmId: tid, user, oid, roles: stringList(payload['roles']).filter(isAppRole) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
