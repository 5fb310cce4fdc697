// What a PATCH actually changes: the before/after pairs written to history, and the next state.
import type { FollowUp, FollowUpPatch } from '../../shared/followup';

export type Changes = Record<string, [unknown, unknown]>;

export interface Change {
  readonly actor: string;
  readonly at: string;
}

const PATCHABLE = ['title', 'owner', 'due', 'status', 'snoozedUntil'] as const;

/**
 * Applies a patch. Fields sent with their current value are not changes, so re-sending
 * `{status: 'done'}` for a done follow-up writes no history. Whoever changes the owner
 * becomes `assignedBy` (null again when the follow-up goes back to unassigned).
 */
export function applyPatch(current: FollowUp, patch: FollowUpPatch, change: Change): { next: FollowUp; changes: Changes } {
  const changes: Changes = {};
  const next: FollowUp = { ...current };
  for (const field of PATCHABLE) {
    const value = patch[field];
    if (value === undefined || value === current[field]) continue;
    changes[field] = [current[field], value];
    Object.assign(next, { [field]: value });
  }
  if ('owner' in changes) next.assignedBy = next.owner === null ? null : change.actor;
  if (Object.keys(changes).length > 0) next.updatedAt = change.at;
  return { next, changes };
}

/** The history entry of a creation: every user-facing field from nothing to its first value. */
export function creationChanges(f: FollowUp): Changes {
  return {
    kind: [null, f.kind],
    title: [null, f.title],
    owner: [null, f.owner],
    due: [null, f.due],
    status: [null, f.status],
  };
}
