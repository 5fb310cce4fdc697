// /api/followups: the firm's shared queue. Routes validate with the shared schemas, call one use case,
// and answer with the shared shapes.
import express, { type Router } from 'express';
import { followUpPatchSchema, followUpQuerySchema, newFollowUpSchema } from '../../shared/followup';
import { identityOf } from '../auth/identity';
import { parseInput } from '../http/validate';
import {
  changeFollowUp, followUpHistory, getFollowUp, listFollowUps, saveFollowUp, type FollowUpDeps,
} from '../usecases/followups';

export function followUpsRouter(deps: FollowUpDeps): Router {
  const router = express.Router();

  router.get('/', (req, res) => {
    const query = parseInput(followUpQuerySchema, req.query);
    res.json({ items: listFollowUps(deps, identityOf(req), query) });
  });

  // 201 for a new follow-up, 200 with the existing one when this sentence was saved before.
  router.post('/', (req, res) => {
    const input = parseInput(newFollowUpSchema, req.body);
    const { followUp, created } = saveFollowUp(deps, identityOf(req), input);
    res.status(created ? 201 : 200).location(`${req.baseUrl}/${followUp.id}`).json(followUp);
  });

  router.get('/:id', (req, res) => {
    res.json(getFollowUp(deps, identityOf(req), req.params.id));
  });

  router.patch('/:id', (req, res) => {
    const patch = parseInput(followUpPatchSchema, req.body);
    res.json(changeFollowUp(deps, identityOf(req), req.params.id, patch));
  });

  router.get('/:id/history', (req, res) => {
    res.json({ items: followUpHistory(deps, identityOf(req), req.params.id) });
  });

  return router;
}
