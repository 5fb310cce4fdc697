import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, usFederalHolidays } from '../../shared/dates/business-days';
import { formatDate } from '../../shared/dates/calendar-date';

const d = (s: string) => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('US federal holidays as observed', () => {
  it('lists the 2026 holidays with July 4th observed on Friday July 3', () => {
    expect(usFederalHolidays(2026).map(formatDate)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
  });

  it('observes a Sunday holiday on Monday (New Year 2023 → Jan 2)', () => {
    expect(isBusinessDay(d('2023-01-02'))).toBe(false);
    expect(isBusinessDay(d('2023-01-03'))).toBe(true);
  });
});

describe('addBusinessDays', () => {
  it.each([
    // from, n, expected, why
    ['2026-01-15', 10, '2026-01-30', 'skips two weekends and MLK Day (Jan 19)'],
    ['2026-01-16', 1, '2026-01-20', 'Friday + 1 skips the weekend and the Monday holiday'],
    ['2026-07-02', 1, '2026-07-06', 'July 3 is the observed Independence Day'],
    ['2026-12-31', 1, '2027-01-04', "New Year's Day 2027 is a Friday"],
    ['2026-11-25', 2, '2026-11-30', 'Thanksgiving Thursday'],
  ])('%s + %d business days = %s (%s)', (from, n, expected) => {
    expect(formatDate(addBusinessDays(d(from), n))).toBe(expected);
  });
});
