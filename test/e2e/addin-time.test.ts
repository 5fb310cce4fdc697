// Mailbox time in the task pane: Outlook's zone names and due dates on the mailbox's wall clock.
import { describe, expect, it } from 'vitest';
import { formatDue } from '../../addin/format/due';
import { instantFromLocal, localDate, localTime, zoneOffsetMinutes } from '../../addin/format/zonedTime';
import { toIanaZone } from '../../addin/office/windowsZones';
import { luminance } from '../../addin/office/theme';

describe('toIanaZone', () => {
  it.each([
    ['Eastern Standard Time', 'America/New_York'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['America/Chicago', 'America/Chicago'],
    ['UTC', 'UTC'],
  ])('%s → %s', (reported, iana) => {
    expect(toIanaZone(reported, 'Etc/Fallback')).toBe(iana);
  });

  it.each([[''], [null], [undefined], ['Martian Standard Time'], ['Not/AZone']])('falls back for %s', (reported) => {
    expect(toIanaZone(reported, 'Europe/Paris')).toBe('Europe/Paris');
  });
});

describe('wall-clock due dates', () => {
  it.each([
    ['2026-01-15', '17:00', 'America/New_York', '2026-01-15T17:00:00-05:00'],
    ['2026-07-15', '17:00', 'America/New_York', '2026-07-15T17:00:00-04:00'],
    ['2026-03-08', '09:00', 'America/New_York', '2026-03-08T09:00:00-04:00'], // the day clocks go forward
    ['2026-11-01', '17:00', 'Europe/London', '2026-11-01T17:00:00+00:00'],
    ['2026-01-15', '17:00', 'Asia/Kolkata', '2026-01-15T17:00:00+05:30'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    const instant = instantFromLocal(date, time, zone);
    expect(instant).toBe(iso);
    expect(localDate(iso, zone)).toBe(date);
    expect(localTime(iso, zone)).toBe(time);
  });

  it('reads the date of an instant in the mailbox zone, not UTC', () => {
    expect(localDate('2026-01-16T02:00:00Z', 'America/New_York')).toBe('2026-01-15');
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-01-16T02:00:00Z'))).toBe(-300);
  });

  it('formats due dates, with the time only when the ask named one', () => {
    expect(formatDue('2026-01-15T17:00:00-05:00', 'America/New_York')).toMatch(/Thu.*Jan.*15/);
    expect(formatDue('2026-01-15T15:30:00-05:00', 'America/New_York', true)).toMatch(/3:30/);
    expect(formatDue(null, 'America/New_York')).toBe('No due date');
  });

  it.each([[null], ['bad'], ['']])('rejects nonsense input %s', (value) => {
    expect(localDate(value ?? '', 'UTC')).toBeNull();
    expect(instantFromLocal(value ?? '', '17:00', 'UTC')).toBeNull();
  });
});

describe('theme', () => {
  it.each([['#ffffff', false], ['#1f1f1f', true], ['292929', true], ['#f3f2f1', false]])('%s dark=%s', (color, dark) => {
    expect((luminance(color) ?? 1) < 0.4).toBe(dark);
  });
});
