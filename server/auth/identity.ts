// Who is calling: the firm (the token's tenant) and the signed-in person.
import type { Request } from 'express';
import type { AppRole } from './claims';

export interface Identity {
  /** The Entra tenant id (`tid`); one firm, one queue. */
  readonly firmId: string;
  /** Lowercased email address (`preferred_username`, else `upn`). */
  readonly user: string;
  /** The person's immutable object id (`oid`). */
  readonly oid: string;
  /** Onus app roles assigned to the person in Entra (enterprise app → Users and groups); other values are dropped. */
  readonly roles: readonly AppRole[];
}

const identities = new WeakMap<Request, Identity>();
const bearerTokens = new WeakMap<Request, string>();

export function setIdentity(req: Request, identity: Identity, token: string): void {
  identities.set(req, identity);
  bearerTokens.set(req, token);
}

/** The caller's verified access token: the assertion of an on-behalf-of request. Never log it. */
export function bearerTokenOf(req: Request): string {
  const token = bearerTokens.get(req);
  if (token === undefined) throw new Error(`Route ${req.method} ${req.baseUrl}${req.path} is not behind bearerAuth.`);
  return token;
}

/** The caller of an authenticated route; a route mounted without bearerAuth is a programming error. */
export function identityOf(req: Request): Identity {
  const identity = identities.get(req);
  if (identity === undefined) throw new Error(`Route ${req.method} ${req.baseUrl}${req.path} is not behind bearerAuth.`);
  return identity;
}
