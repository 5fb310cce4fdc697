// GET /api/demo/token?user=<address>&firm=<firm id>&role=Admin|Partner|Staff: a one-hour token for trying Onus without Microsoft
// sign-in. Mounted only in demo mode; with a tenant configured the route does not exist (404).
import express, { type Router } from 'express';
import { z } from 'zod';
import { ownerSchema } from '../../shared/followup';
import { APP_ROLES } from '../auth/claims';
import { DEMO_FIRM, type DemoIssuer } from '../auth/demo-issuer';
import { parseInput } from '../http/validate';

const demoTokenQuerySchema = z.object({
  user: ownerSchema,
  firm: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes').default(DEMO_FIRM),
  role: z.enum(APP_ROLES).default('Partner'),
}).strict();

export function demoTokenRouter(issuer: DemoIssuer): Router {
  const router = express.Router();
  router.get('/token', async (req, res) => {
    const { user, firm, role } = parseInput(demoTokenQuerySchema, req.query);
    res.json({ token: await issuer.mint(user, firm, role) });
  });
  return router;
}
