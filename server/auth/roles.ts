// Route guard by app role: 403 `forbidden` for a signed-in caller without the role.
import type { RequestHandler } from 'express';
import { errors } from '../errors';
import type { AppRole } from './claims';
import { identityOf } from './identity';

export function requireRole(role: AppRole): RequestHandler {
  return (req, _res, next) => {
    if (!identityOf(req).roles.includes(role)) {
      throw errors.forbidden(`Only people with the ${role} role in Onus can do this; ask your Microsoft 365 administrator to assign it (Enterprise applications → Onus → Users and groups).`);
    }
    next();
  };
}
