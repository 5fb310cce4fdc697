// GET /healthz: liveness for load balancers and scripts; no auth, no data.
import express, { type Router } from 'express';

export function healthRouter(): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  return router;
}
