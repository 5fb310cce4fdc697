// GET /api/demo/token?user=<address>&firm=<firm id>: a one-hour token for trying Onus without Microsoft
// sign-in. Mounted only in demo mode; with a tenant configured the route does not exist (404).
import express, { type Router } from 'express';
import { z } from 'zod';
import { ownerSchema } from '../../shared/followup';
import { DEMO_FIRM, type DemoIssuer } from '../auth/demo-issuer';
import { parseInput } from '../http/validate';

const demoTokenQuerySchema = z.object({
  user: ownerSchema,
  firm: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes').default(DEMO_FIRM),
}).strict();

export function demoTokenRouter(issuer: DemoIssuer): Router {
  const router = express.Router();
  router.get('/token', async (req, res) => {
    const { user, firm } = parseInput(demoTokenQuerySchema, req.query);
    res.json({ token: await issuer.mint(user, firm) });
  });
  return router;
}
