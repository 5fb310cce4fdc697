// Who is calling: the firm (the token's tenant) and the signed-in person.
import type { Request } from 'express';

export interface Identity {
  /** The Entra tenant id (`tid`); one firm, one queue. */
  readonly firmId: string;
  /** Lowercased email address (`preferred_username`, else `upn`). */
  readonly user: string;
  /** The person's immutable object id (`oid`). */
  readonly oid: string;
  readonly roles: readonly string[];
}

const identities = new WeakMap<Request, Identity>();

export function setIdentity(req: Request, identity: Identity): void {
  identities.set(req, identity);
}

/** The caller of an authenticated route; a route mounted without bearerAuth is a programming error. */
export function identityOf(req: Request): Identity {
  const identity = identities.get(req);
  if (identity === undefined) throw new Error(`Route ${req.method} ${req.baseUrl}${req.path} is not behind bearerAuth.`);
  return identity;
}
