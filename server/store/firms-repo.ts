// Per-firm figures for administrators: follow-ups by status and the people seen acting in the queue.
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../shared/followup';
import type { Db } from './db';

export interface FirmStats {
  readonly followUps: Readonly<Record<FollowUpStatus, number>> & { readonly total: number };
  /** Distinct people who created or changed a follow-up of this firm. */
  readonly peopleSeen: number;
  readonly historyEntries: number;
}

export interface FirmsRepo {
  stats(firmId: string): FirmStats;
}

export function createFirmsRepo(db: Db): FirmsRepo {
  const byStatus = db.prepare<[string], { status: FollowUpStatus; n: number }>(
    'SELECT status, COUNT(*) AS n FROM followups WHERE firm_id = ? GROUP BY status');
  const history = db.prepare<[string], { people: number; entries: number }>(
    'SELECT COUNT(DISTINCT actor) AS people, COUNT(*) AS entries FROM followup_history WHERE firm_id = ?');
  return {
    stats(firmId) {
      const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>;
      for (const row of byStatus.all(firmId)) counts[row.status] = row.n;
      const h = history.get(firmId) ?? { people: 0, entries: 0 };
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { followUps: { ...counts, total }, peopleSeen: h.people, historyEntries: h.entries };
    },
  };
}
