// Express middleware: "Authorization: Bearer <token>" → verified Identity on the request, or 401.
import type { RequestHandler } from 'express';
import { errors } from '../errors';
import { setIdentity } from './identity';
import type { TokenVerifier } from './verifier';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function bearerAuth(verifier: TokenVerifier): RequestHandler {
  return async (req, _res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    if (token === undefined) throw errors.missingToken();
    setIdentity(req, await verifier.verify(token), token);
    next();
  };
}
