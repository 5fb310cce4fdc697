// POST /api/demo/arrivals {"kind": "voicemail" | "inquiry"}: demo mode's scripted arrival. The
// message is delivered into the local Graph emulator, which notifies Onus's webhook like
// Microsoft would; the queue shows the item seconds later. Signed-in demo users only.
import express, { type Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate';

export interface DemoArrivals {
  voicemail(): string;
  inquiry(): string;
}

const arrivalSchema = z.object({ kind: z.enum(['voicemail', 'inquiry']) }).strict();

export function demoArrivalsRouter(arrivals: DemoArrivals): Router {
  const router = express.Router();
  router.post('/', (req, res) => {
    const { kind } = parseInput(arrivalSchema, req.body);
    const internetMessageId = kind === 'voicemail' ? arrivals.voicemail() : arrivals.inquiry();
    res.status(202).json({ kind, internetMessageId });
  });
  return router;
}
