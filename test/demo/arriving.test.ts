// Items that arrive "now" for the live demo: fresh ids per n, stamped with now, filed in intake.
import { describe, expect, it } from 'vitest';
import { arrivingInquiry, arrivingVoicemail, demoFirm, type SeedItem } from '../../server/demo/seed';
import { header, messageClass } from './mail-text';

const firm = demoFirm({ now: new Date('2026-11-22T15:00:00Z') });
const later = new Date('2026-11-22T16:30:00Z');
const firmIds = new Set(firm.items.map((i) => i.message.internetMessageId));

describe.each([
  ['arrivingVoicemail', arrivingVoicemail],
  ['arrivingInquiry', arrivingInquiry],
] as const)('%s', (_, arrive) => {
  const items: SeedItem[] = Array.from({ length: 40 }, (_x, n) => arrive(firm, later, n));

  it('gives a fresh id per n, none of them already in the firm', () => {
    const ids = items.map((i) => i.message.internetMessageId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(firmIds.has(id)).toBe(false);
    expect(new Set(items.map((i) => i.message.conversationId)).size).toBe(items.length);
  });
  it('stamps the item with now and files it unread in the intake inbox', () => {
    for (const i of items) {
      expect(Date.parse(i.message.receivedDateTime)).toBe(later.getTime());
      expect(Date.parse(i.message.sentDateTime)).toBe(later.getTime());
      expect(i.mailbox).toBe(firm.intakeMailbox);
      expect(i.folder).toBe('inbox');
      expect(i.message.isRead).toBe(false);
    }
  });
  it('varies the person and the words with n', () => {
    expect(new Set(items.map((i) => i.message.body.content)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.message.from.emailAddress.address + i.message.subject)).size).toBeGreaterThan(10);
  });
  it('is deterministic for the same (firm, now, n), with new ids at another instant', () => {
    expect(arrive(firm, later, 7)).toEqual(items[7]);
    expect(arrive(firm, new Date(later.getTime() + 1000), 7).message.internetMessageId).not.toBe(items[7]?.message.internetMessageId);
  });
  it('refuses a negative or fractional n', () => {
    expect(() => arrive(firm, later, -1)).toThrow(RangeError);
    expect(() => arrive(firm, later, 1.5)).toThrow(RangeError);
  });
});

describe('arriving items look like their kind', () => {
  it('voicemails carry a transcript, through Teams and the hosted phone systems', () => {
    const vms = Array.from({ length: 14 }, (_, n) => arrivingVoicemail(firm, later, n).message);
    expect(vms.some((m) => messageClass(m) === 'IPM.Note.Microsoft.Voicemail.UM.CA' && header(m, 'X-CallingTelephoneNumber'))).toBe(true);
    expect(new Set(vms.map((m) => m.from.emailAddress.address.split('@')[1])).size).toBeGreaterThanOrEqual(6);
    for (const m of vms) expect(m.body.content).toMatch(/[a-z]{3,} [a-z]{3,} [a-z]{3,}/);
  });
  it('inquiries rotate through the form, lead-service and direct formats', () => {
    const subjects = Array.from({ length: 14 }, (_, n) => arrivingInquiry(firm, later, n).message.subject);
    for (const prefix of ['New submission from', 'New Entry:', 'New Inbox lead:', 'New Lead Submitted']) expect(subjects.some((s) => s.startsWith(prefix)), prefix).toBe(true);
  });
});
