import { describe, expect, it } from 'vitest';
import { findPhones, normalizePhone } from '../../shared/detect';

describe('normalizePhone: written numbers to E.164', () => {
  it.each([
    ['+1 484-555-0190', '+14845550190'],
    ['(215) 555-0142', '+12155550142'],
    ['484.555.0176', '+14845550176'],
    ['2155550168', '+12155550168'],
    ['1-800-555-0150', '+18005550150'],
    ['+1 (412) 555-0187', '+14125550187'],
    ['+44 20 7946 0321', '+442079460321'],
    ['+44 7700 900461', '+447700900461'],
    ['+55 11 95555-0142', '+5511955550142'],
    ['0044 20 7946 0321', '+442079460321'],
    ['tel:+16105550134', '+16105550134'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each([
    ['555-0142', 'seven digits: no area code'],
    ['(015) 555-0142', 'an area code cannot start with 0'],
    ['+1 215 555 01', 'too short'],
    ['+1234567890123456', 'longer than E.164 allows'],
    ['extension 200', 'no number'],
    ['', 'empty'],
  ])('%s is not a phone number (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe('findPhones: numbers in running text', () => {
  it.each([
    ['Call me back at 610 555 0169, thanks.', ['+16105550169']],
    ['From: SHAW DEREK (484) 555-0139\nTo: Main Line (610) 555-0100', ['+14845550139', '+16105550100']],
    ['my number is 2675550137 - Darlene', ['+12675550137']],
    ['UK mobile +44 7700 900461.', ['+447700900461']],
  ])('%j', (text, phones) => {
    expect(findPhones(text).map((p) => p.e164)).toEqual(phones);
  });

  it.each([
    ['Received: 2026-02-20 10:29:41', 'a date and time'],
    ['Date/Time: 03/12/2026 4:21 PM', 'a US date'],
    ['Remote IP: 203.0.113.44', 'an IP address'],
    ['Case: CP-15-CR-0000412-2026', 'a docket number'],
    ['Ticket #48211, $18,000 paid', 'a ticket and an amount'],
    ['Duration: 00:00:31', 'a duration'],
  ])('finds none in %j (%s)', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});
