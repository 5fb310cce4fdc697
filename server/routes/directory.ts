// GET /api/directory/me: exchanges the caller's token for delegated Graph access (on-behalf-of) and
// answers what was granted. 403 consent_required (with consentUrl) until an admin consents;
// 401 token_expired when the caller's token ran out on the way. Mounted only with ONUS_CLIENT_SECRET.
import express, { type Router } from 'express';
import { bearerTokenOf, identityOf } from '../auth/identity';
import type { TokenBroker } from '../msal/broker';
import { directoryAccess } from '../usecases/directory';

export function directoryRouter(broker: TokenBroker): Router {
  const router = express.Router();
  router.get('/me', async (req, res) => {
    res.json(await directoryAccess(broker, identityOf(req), bearerTokenOf(req)));
  });
  return router;
}
