// The demo firm's answer key: what a correct awaiting-reply scan surfaces, and that it stays right for
// other instants (clock changes, weekends, holidays) and window lengths.
import { describe, expect, it } from 'vitest';
import { AWAITING_REPLY_BUSINESS_DAYS, demoFirm, type SeedItem } from '../../server/demo/seed';
import { businessDaysBetween, isAutoReply } from './mail-text';

const now = new Date('2026-11-22T15:00:00Z');
const firm = demoFirm({ now });
const firmAddress = (a: string) => a.endsWith(`@${firm.domain}`);
const byId = new Map<string, SeedItem>(firm.items.map((i) => [i.message.internetMessageId, i]));
const inConversation = (id: string) => firm.items.filter((i) => i.message.conversationId === id);

describe('demoFirm: the awaiting-reply answer key', () => {
  const ages = firm.expected.awaitingReply.map((id) => businessDaysBetween(byId.get(id)?.message.sentDateTime ?? '', now));
  it('lists firm asks to outsiders, old enough, that nobody answered except by auto-reply', () => {
    for (const id of firm.expected.awaitingReply) {
      const ask = byId.get(id)?.message;
      expect(ask && firmAddress(ask.from.emailAddress.address)).toBe(true);
      expect(ask?.toRecipients.some((r) => !firmAddress(r.emailAddress.address))).toBe(true);
      const later = inConversation(ask?.conversationId ?? '').filter((i) => i.message.sentDateTime > (ask?.sentDateTime ?? ''));
      expect(later.every((i) => isAutoReply(i.message)), ask?.subject).toBe(true);
    }
    expect(Math.min(...ages)).toBeGreaterThan(AWAITING_REPLY_BUSINESS_DAYS);
  });
  it('includes asks answered only by an out-of-office reply', () => {
    const withAuto = firm.expected.awaitingReply.filter((id) => inConversation(byId.get(id)?.message.conversationId ?? '').some((i) => isAutoReply(i.message)));
    expect(withAuto.length).toBeGreaterThanOrEqual(2);
  });
  it('also holds auto-replied asks that were answered later, which are not listed', () => {
    const convs = new Set(firm.items.filter((i) => isAutoReply(i.message)).map((i) => i.message.conversationId));
    const answered = [...convs].filter((c) => inConversation(c).some((i) => !isAutoReply(i.message) && !firmAddress(i.message.from.emailAddress.address)
      && i.message.sentDateTime > (inConversation(c).find((x) => isAutoReply(x.message))?.message.sentDateTime ?? '')));
    expect(answered.length).toBeGreaterThanOrEqual(1);
  });
});

describe.each([
  ['a Monday before dawn, the day after the spring clock change', '2026-03-09T09:30:00Z', 2],
  ['a Wednesday afternoon in summer, six weeks', '2026-07-08T19:00:00Z', 6],
  ['New Year\'s Day', '2027-01-01T12:00:00Z', 3],
] as const)('demoFirm at %s', (_, iso, weeks) => {
  const at = new Date(iso);
  const f = demoFirm({ now: at, weeks });
  it('keeps every message inside the window and the answer key consistent', () => {
    const start = at.getTime() - weeks * 7 * 86_400_000;
    const outside = f.items.filter((i) => Date.parse(i.message.sentDateTime) < start || Date.parse(i.message.receivedDateTime) > at.getTime());
    expect(outside).toEqual([]);
    const keys = f.items.map((i) => `${i.mailbox}|${i.message.internetMessageId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = new Set(f.items.map((i) => i.message.internetMessageId));
    for (const id of [...f.expected.awaitingReply, ...f.expected.voicemails, ...f.expected.inquiries]) expect(ids.has(id)).toBe(true);
    for (const id of f.expected.awaitingReply) {
      const ask = f.items.find((i) => i.message.internetMessageId === id)?.message;
      expect(businessDaysBetween(ask?.sentDateTime ?? '', at)).toBeGreaterThan(AWAITING_REPLY_BUSINESS_DAYS);
    }
    expect(f.expected.awaitingReply.length).toBeGreaterThanOrEqual(10);
  });
});
