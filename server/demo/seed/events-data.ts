// The next two weeks on each calendar: hearings, meetings, out-of-office days. Availability routing
// reads these (who is in court, who is away). `ahead` counts business days after today.
import type { OtherKey } from './parties-data';
import type { StaffKey } from './firm-data';
import type { DemoEventSeed } from './types';

export interface EventPlan {
  who: StaffKey;
  ahead: number;
  /** Local start in the owner's zone, or 'allday'. */
  at: [number, number] | 'allday';
  /** Minutes, or whole days for all-day events. */
  length: number;
  subject: string;
  showAs: DemoEventSeed['showAs'];
  /** Someone invited, who answered the invitation by email. */
  invitee?: { client: string } | { other: OtherKey } | { staff: StaffKey };
  response?: 'Accepted' | 'Tentative' | 'Declined';
}

export const EVENT_PLANS: readonly EventPlan[] = [
  { who: 'moss', ahead: 1, at: [9, 30], length: 180, subject: 'Motions hearing – State v. Greene (District Court, Towson)', showAs: 'busy' },
  { who: 'moss', ahead: 2, at: [10, 0], length: 60, subject: 'Deposition prep – Angela Whitfield', showAs: 'busy', invitee: { client: 'Angela' }, response: 'Accepted' },
  { who: 'moss', ahead: 3, at: 'allday', length: 1, subject: 'Out of office', showAs: 'oof' },
  { who: 'moss', ahead: 5, at: [10, 0], length: 240, subject: 'Mediation – Whitfield v. Dalton Freight Lines', showAs: 'busy', invitee: { other: 'vance' }, response: 'Accepted' },
  { who: 'moss', ahead: 7, at: [14, 0], length: 60, subject: 'Call with Keystone adjuster – Hollis claim', showAs: 'tentative', invitee: { other: 'tran' }, response: 'Tentative' },
  { who: 'moss', ahead: 9, at: [9, 0], length: 480, subject: 'Trial – State v. Nunez', showAs: 'busy' },
  { who: 'hartley', ahead: 1, at: [11, 0], length: 60, subject: 'Signing – Ingram estate plan', showAs: 'busy', invitee: { client: 'Walter' }, response: 'Accepted' },
  { who: 'hartley', ahead: 2, at: [14, 0], length: 90, subject: "Orphans' Court hearing – Estate of Margaret Delaney", showAs: 'busy' },
  { who: 'hartley', ahead: 4, at: 'allday', length: 2, subject: 'Out of office – family visit', showAs: 'oof' },
  { who: 'hartley', ahead: 6, at: [10, 0], length: 60, subject: 'Settlement call – Fenwick will contest', showAs: 'busy', invitee: { other: 'marsh' }, response: 'Accepted' },
  { who: 'hartley', ahead: 8, at: [12, 0], length: 60, subject: 'BCBA estates section lunch', showAs: 'tentative' },
  { who: 'hartley', ahead: 1, at: [9, 0], length: 45, subject: 'Firm meeting', showAs: 'busy', invitee: { staff: 'moss' }, response: 'Accepted' },
  { who: 'hartley', ahead: 6, at: [9, 0], length: 45, subject: 'Firm meeting', showAs: 'busy', invitee: { staff: 'okafor' }, response: 'Declined' },
  { who: 'okafor', ahead: 1, at: [8, 30], length: 120, subject: 'USCIS interview – Amara Nwosu (Baltimore Field Office)', showAs: 'busy', invitee: { client: 'Amara' }, response: 'Accepted' },
  { who: 'okafor', ahead: 3, at: [13, 0], length: 60, subject: 'Consultation – new family law client', showAs: 'busy' },
  { who: 'okafor', ahead: 4, at: [9, 0], length: 60, subject: 'Naturalization interview prep – Diego Salvatierra', showAs: 'busy', invitee: { client: 'Diego' }, response: 'Accepted' },
  { who: 'okafor', ahead: 6, at: 'allday', length: 1, subject: 'Out of office', showAs: 'oof' },
  { who: 'okafor', ahead: 8, at: [15, 0], length: 60, subject: 'Strategy – Marchetti custody modification', showAs: 'busy' },
  { who: 'brooks', ahead: 2, at: 'allday', length: 1, subject: 'Tanya out (PTO)', showAs: 'oof' },
  { who: 'brooks', ahead: 3, at: [10, 0], length: 60, subject: 'Exhibit binders – Whitfield mediation', showAs: 'busy' },
  { who: 'brooks', ahead: 7, at: [13, 0], length: 30, subject: 'Records follow-up calls', showAs: 'free' },
  { who: 'intake', ahead: 5, at: [12, 0], length: 60, subject: 'Intake coverage: lunch hour on the main line', showAs: 'free' },
];
