import { describe, expect, it } from 'vitest';
import { findDuration, parseDuration } from '../../shared/detect';

describe('parseDuration', () => {
  it.each([
    ['00:22', 22], ['0:41', 41], ['1:20', 80], ['00:00:31', 31], ['01:02:03', 3723],
    ['18 seconds', 18], ['1 min 5 sec', 65], ['2 minutes 3 seconds', 123], ['1 minute 7 seconds', 67],
    ['0 min 52 sec', 52], ['45 sec', 45], ['65s', 65], ['23', 23], ['(0:27)', 27],
  ])('%s = %d s', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds);
  });

  it.each([
    ['', 'empty'], ['abc', 'no number'], ['0:99', 'seconds over 59'], ['call me in 5 minutes about the 2 kids', 'a sentence'],
    ['99999999', 'more than a day'],
  ])('%j is no duration (%s)', (raw) => {
    expect(parseDuration(raw)).toBeNull();
  });
});

describe('findDuration: the length a notice states', () => {
  it.each([
    ['Voice Mail (18 seconds)', 18],
    ['Voice Mail (1 minute 7 seconds)', 67],
    ['From: (215) 555-0142\nLength: 00:22\nTo: Main Line', 22],
    ['Message Length: 1 min 32 sec\n', 92],
    ['Marcus Hale (+1 302-555-0117) left you a voicemail (0:27).', 27],
    ['Voicemail: Ingrid Solberg (+1 412-555-0138) - 0:44', 44],
    ['You received a voicemail from Anthony Brill, duration 1 min 5 sec.', 65],
  ])('%j → %d', (text, seconds) => {
    expect(findDuration(text)).toBe(seconds);
  });

  it('finds none where no length is stated', () => {
    expect(findDuration('You missed a call from (215) 555-0153 at 9:08 AM.')).toBeNull();
  });
});
