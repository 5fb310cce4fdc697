// /api/admin: the firm's administrators only (app role Admin); anyone else gets 403 forbidden.
import express, { type Router } from 'express';
import { identityOf } from '../auth/identity';
import { requireRole } from '../auth/roles';
import type { FirmsRepo } from '../store/firms-repo';
import { firmOverview } from '../usecases/firm';

export function adminRouter(deps: { readonly firms: FirmsRepo }): Router {
  const router = express.Router();
  router.use(requireRole('Admin'));
  router.get('/firm', (req, res) => {
    res.json(firmOverview(deps, identityOf(req)));
  });
  return router;
}
