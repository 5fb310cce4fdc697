// Follow-up use cases: what a signed-in person may do with their firm's queue.
// Another firm's follow-up is "not found", never "forbidden", so ids cannot be probed.
import type {
  FollowUp, FollowUpPatch, FollowUpQuery, HistoryEntry, NewFollowUpParsed,
} from '../../shared/followup';
import type { Identity } from '../auth/identity';
import { errors } from '../errors';
import type { FollowUpsRepo } from '../store/followups-repo';

export interface FollowUpDeps {
  readonly followUps: FollowUpsRepo;
  readonly now: () => Date;
}

const change = (deps: FollowUpDeps, caller: Identity) => ({ actor: caller.user, at: deps.now().toISOString() });

/** Saving the same sentence of the same message again returns the first save, created: false. */
export function saveFollowUp(deps: FollowUpDeps, caller: Identity, input: NewFollowUpParsed): { followUp: FollowUp; created: boolean } {
  return deps.followUps.create(caller.firmId, input, change(deps, caller));
}

export function listFollowUps(deps: FollowUpDeps, caller: Identity, query: FollowUpQuery): FollowUp[] {
  return deps.followUps.list(caller.firmId, query);
}

export function getFollowUp(deps: FollowUpDeps, caller: Identity, id: string): FollowUp {
  return deps.followUps.get(caller.firmId, id) ?? notFound();
}

export function changeFollowUp(deps: FollowUpDeps, caller: Identity, id: string, patch: FollowUpPatch): FollowUp {
  return deps.followUps.update(caller.firmId, id, patch, change(deps, caller)) ?? notFound();
}

export function followUpHistory(deps: FollowUpDeps, caller: Identity, id: string): HistoryEntry[] {
  if (deps.followUps.get(caller.firmId, id) === null) notFound();
  return deps.followUps.history(caller.firmId, id);
}

function notFound(): never {
  throw errors.notFound('This follow-up');
}
