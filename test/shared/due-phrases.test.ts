import { describe, expect, it } from 'vitest';
import { formatDate, type CalendarDate } from '../../shared/dates/calendar-date';
import { dueInstant } from '../../shared/dates/due-instant';
import { clockTime, findDuePhrase } from '../../shared/dates/due-phrases';

// Thursday 2026-01-08 is "today" unless a row says otherwise.
const THU: CalendarDate = { year: 2026, month: 1, day: 8 };
const FRI: CalendarDate = { year: 2026, month: 1, day: 9 };
const SAT: CalendarDate = { year: 2026, month: 1, day: 10 };
const FEB27: CalendarDate = { year: 2026, month: 2, day: 27 };

const due = (sentence: string, today = THU, previousDate: CalendarDate | null = null) => {
  const found = findDuePhrase(sentence, { today, previousDate });
  return found ? formatDate(found.date) : null;
};

describe('due phrases (CONVENTIONS.md)', () => {
  it.each([
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
  ])('%s (today %o) → %s', (sentence, today, expected) => {
    expect(due(sentence, today)).toBe(expected);
  });

  it('resolves "two days before that" against the date stated earlier', () => {
    expect(due('Please get me a draft two days before that.', THU, { year: 2026, month: 1, day: 29 })).toBe('2026-01-27');
  });

  it.each([
    ['Update the calendar with the new trial date, September 14.'],
    ['When you get a chance, could you look over the lease by Friday?'],
    ['Please send the revised draft.'],
    ['I sat with the client and we wed the two drafts.'],
    ['Version 2.1 of the template is attached.'],
  ])('finds no due date in %s', (sentence) => {
    expect(due(sentence)).toBeNull();
  });

  it.each([
    ['by 3pm', '15:00'], ['at 10:30 a.m.', '10:30'], ['by noon', '12:00'], ['at 12am', '00:00'], ['at 9', null],
  ])('reads the clock time in %s', (phrase, expected) => {
    expect(clockTime(phrase)).toBe(expected);
  });
});

describe('dueInstant', () => {
  it('defaults to 17:00 in the mailbox zone with its offset, DST included', () => {
    expect(dueInstant({ year: 2026, month: 1, day: 15 }, null, 'America/New_York')).toBe('2026-01-15T17:00:00-05:00');
    expect(dueInstant({ year: 2026, month: 7, day: 15 }, null, 'America/New_York')).toBe('2026-07-15T17:00:00-04:00');
    expect(dueInstant({ year: 2026, month: 3, day: 9 }, '10:00', 'America/Los_Angeles')).toBe('2026-03-09T10:00:00-07:00');
  });
});
