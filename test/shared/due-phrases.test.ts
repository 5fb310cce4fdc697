import { describe, expect, it } from 'vitest';
import { formatDate, type CalendarDate } from '../../shared/dates/calendar-date';
import { dueInstant } from '../../shared/dates/due-instant';
import { clockTime, findDuePhrase } from '../../shared/dates/due-phrases';
import { DUE_CASES, THU } from './due-cases';

const due = (sentence: string, today = THU, previousDate: CalendarDate | null = null) => {
  const found = findDuePhrase(sentence, { today, previousDate });
  return found ? formatDate(found.date) : null;
};

describe('due phrases (CONVENTIONS.md)', () => {
  it.each(DUE_CASES)('%s (today %o) → %s', (sentence, today, expected) => {
    expect(due(sentence, today)).toBe(expected);
  });

  it('resolves "two days before that" against the date stated earlier', () => {
    expect(due('Please get me a draft two days before that.', THU, { year: 2026, month: 1, day: 29 })).toBe('2026-01-27');
  });

  it('counts back from the event the phrase names, not just the last date mentioned', () => {
    const events = new Map([['mediation', { year: 2026, month: 3, day: 26 }]]);
    const found = findDuePhrase('I also need the lien amounts three days before the mediation.', { today: THU, previousDate: { year: 2026, month: 3, day: 1 }, events });
    expect(found && formatDate(found.date)).toBe('2026-03-23');
  });

  it.each([
    ['Update the calendar with the new trial date, September 14.'],
    ['Could you send me three dates that work between April 27 and May 1?'],
    ['Please check availability for the week of January 26.'],
    ['Did you receive the exhibit list I sent last Thursday?'],
    ['Could you ask their attorney if Sunday works?'],
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
