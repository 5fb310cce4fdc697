// GET /api/me: who the task pane is signed in as, and whether this server runs in demo mode.
import express, { type Router } from 'express';
import { identityOf } from '../auth/identity';

export function meRouter(demo: boolean): Router {
  const router = express.Router();
  router.get('/', (req, res) => {
    const { firmId, user, roles } = identityOf(req);
    res.json({ firmId, user, roles, demo });
  });
  return router;
}
