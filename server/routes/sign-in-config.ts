// GET /api/config: how the task pane signs in, before it has a token. Public by design: a client id
// and tenant id are not secrets (they are in every sign-in URL), and the pane must not embed them.
import express, { type Router } from 'express';
import type { Config } from '../config';

export function signInConfigRouter(config: Config): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    const { auth } = config;
    res.json(auth.mode === 'demo'
      ? { mode: 'demo' }
      : { mode: 'entra', clientId: auth.clientId, tenantId: auth.tenantId, authority: `${auth.authorityHost}/${auth.tenantId}` });
  });
  return router;
}
