// Due-phrase cases from CONVENTIONS.md: sentence, the message's date in the mailbox zone, expected due.
// Shared by the due-phrase tests and the date-library comparison (test/cli/compare-date-libs.ts).
import type { CalendarDate } from '../../shared/dates/calendar-date';

// Thursday 2026-01-08 is "today" unless a row says otherwise.
export const THU: CalendarDate = { year: 2026, month: 1, day: 8 };
const FRI: CalendarDate = { year: 2026, month: 1, day: 9 };
const SAT: CalendarDate = { year: 2026, month: 1, day: 10 };
const FEB27: CalendarDate = { year: 2026, month: 2, day: 27 };

export const DUE_CASES: ReadonlyArray<readonly [string, CalendarDate, string]> = [
    ['Can you send the revised draft by Thursday?', THU, '2026-01-15'],
    ['Please file it Friday.', THU, '2026-01-09'],
    ['Please file it this Friday.', FRI, '2026-01-09'],
    ['Please file it next Friday.', THU, '2026-01-16'],
    ['Send it by EOD.', THU, '2026-01-08'],
    ['Send it COB.', THU, '2026-01-08'],
    ['Please call me tonight.', THU, '2026-01-08'],
    ['Send it first thing tomorrow.', THU, '2026-01-09'],
    ['Can you get it to me by the end of the week?', THU, '2026-01-09'],
    ['Can you get it to me by the weekend?', SAT, '2026-01-16'],
    ['Can we talk early next week?', THU, '2026-01-12'],
    ['Please draft the outline by end of next week.', THU, '2026-01-16'],
    ['Let us know within 10 business days.', { year: 2026, month: 1, day: 15 }, '2026-01-30'],
    ['Respond within 5 days.', THU, '2026-01-13'],
    ['Please review in two weeks.', THU, '2026-01-22'],
    ['I need comments by the end of the month.', FEB27, '2026-02-28'],
    ['I need comments by the end of next month.', THU, '2026-02-28'],
    ['Send me the letter ASAP.', THU, '2026-01-08'],
    ['Please send it by January 15.', THU, '2026-01-15'],
    ['Please send it by 1/5.', THU, '2027-01-05'],
    ['Book the reporter for the 27th.', THU, '2026-01-27'],
    ['Book the reporter on the 8th.', THU, '2026-01-08'],
    ['Please call me ahead of Friday\'s mediation.', THU, '2026-01-09'],
    ['Get me a draft two days before the hearing on March 10.', THU, '2026-03-08'],
  ['Please confirm by COB Thursday that your client agrees.', { year: 2026, month: 4, day: 7 }, '2026-04-09'],
  ['We will prepare the cover letter by the end of April.', { year: 2026, month: 3, day: 20 }, '2026-04-30'],
  ['Send me three available dates in the next two weeks.', THU, '2026-01-22'],
  ['We want to finalize before the February 3 conference, so please send comments no later than January 28.', THU, '2026-01-28'],
];
