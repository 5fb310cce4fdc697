// The demo firm seed: deterministic, big enough, valid Graph-shaped data, and an answer key that matches it.
import { describe, expect, it } from 'vitest';
import { demoFirm, type SeedItem } from '../../server/demo/seed';
import { header, isAutoReply } from './mail-text';

const now = new Date('2026-11-22T15:00:00Z'); // a Sunday, three weeks after the autumn clock change
const firm = demoFirm({ now });
const WINDOW_START = now.getTime() - 21 * 86_400_000;
const firmAddress = (a: string) => a.endsWith(`@${firm.domain}`);
const byId = new Map<string, SeedItem>(firm.items.map((i) => [i.message.internetMessageId, i]));
const inConversation = (id: string) => firm.items.filter((i) => i.message.conversationId === id);

describe('demoFirm: determinism', () => {
  it('gives the same firm for the same now and seed', () => {
    expect(JSON.stringify(demoFirm({ now }))).toBe(JSON.stringify(firm));
    expect(JSON.stringify(demoFirm({ now, seed: 1, weeks: 3 }))).toBe(JSON.stringify(firm));
  });
  it('gives a different firm for another seed, with the same mailboxes', () => {
    const other = demoFirm({ now, seed: 2 });
    expect(other.items.map((i) => i.message.internetMessageId)).not.toEqual(firm.items.map((i) => i.message.internetMessageId));
    expect(other.mailboxes).toEqual(firm.mailboxes);
  });
  it('accepts 2 to 12 weeks and refuses the rest', () => {
    expect(demoFirm({ now, weeks: 2 }).expected.awaitingReply.length).toBeGreaterThanOrEqual(10);
    expect(() => demoFirm({ now, weeks: 1 })).toThrow(RangeError);
    expect(() => demoFirm({ now, weeks: 13 })).toThrow(RangeError);
  });
});

describe('demoFirm: size and shape', () => {
  it('has the five required roles in the firm zone', () => {
    const roles = firm.mailboxes.map((m) => m.role);
    expect(firm.mailboxes.length).toBeGreaterThanOrEqual(5);
    expect(roles.filter((r) => r === 'partner')).toHaveLength(2);
    for (const r of ['associate', 'paralegal', 'intake'] as const) expect(roles).toContain(r);
    expect(firm.timeZone).toBe('America/New_York');
    expect(firm.mailboxes.find((m) => m.id === firm.intakeMailbox)?.role).toBe('intake');
    for (const m of firm.mailboxes) expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
  it('has at least 500 messages in the window and the minimum of each kind', () => {
    const inWindow = new Set(firm.items.filter((i) => Date.parse(i.message.receivedDateTime) >= WINDOW_START).map((i) => i.message.internetMessageId));
    expect(inWindow.size).toBeGreaterThanOrEqual(500);
    expect(firm.expected.voicemails.length).toBeGreaterThanOrEqual(20);
    expect(firm.expected.inquiries.length).toBeGreaterThanOrEqual(25);
    expect(firm.expected.awaitingReply.length).toBeGreaterThanOrEqual(10);
  });
  it('lists only ids that exist, once, with voicemails and inquiries where they belong', () => {
    const all = [...firm.expected.awaitingReply, ...firm.expected.voicemails, ...firm.expected.inquiries];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(byId.has(id), id).toBe(true);
    for (const id of firm.expected.inquiries) expect(firm.items.find((i) => i.message.internetMessageId === id)?.mailbox).toBe(firm.intakeMailbox);
    const lawyers = new Set(firm.mailboxes.filter((m) => m.role === 'partner' || m.role === 'associate').map((m) => m.id));
    const vmBoxes = new Set(firm.expected.voicemails.map((id) => byId.get(id)?.mailbox));
    expect(vmBoxes.has(firm.intakeMailbox)).toBe(true);
    expect([...vmBoxes].some((b) => b !== undefined && lawyers.has(b))).toBe(true);
  });
  it('is sorted by receivedDateTime', () => {
    const times = firm.items.map((i) => i.message.receivedDateTime);
    expect(times).toEqual([...times].sort());
  });
});

describe('demoFirm: valid messages', () => {
  it('uses each internetMessageId once per mailbox, and copies in other mailboxes are the same message', () => {
    const seen = new Set<string>();
    for (const i of firm.items) {
      const key = `${i.mailbox}|${i.message.internetMessageId}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(i.message.internetMessageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      const first = byId.get(i.message.internetMessageId);
      expect(i.message.subject).toBe(first?.message.subject);
      expect(i.message.body).toEqual(first?.message.body);
    }
  });
  it('has UTC Z timestamps inside the window, sent before received, and recipients', () => {
    for (const { message: m } of firm.items) {
      expect(m.sentDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(m.receivedDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.parse(m.sentDateTime)).toBeLessThanOrEqual(Date.parse(m.receivedDateTime));
      expect(Date.parse(m.receivedDateTime)).toBeLessThanOrEqual(now.getTime());
      expect(Date.parse(m.sentDateTime)).toBeGreaterThanOrEqual(WINDOW_START);
      expect(m.toRecipients.length).toBeGreaterThan(0);
      expect(m.conversationId).toMatch(/^AAQkAG[A-Za-z0-9+/]+=$/);
    }
  });
  it('files a firm sender\'s copy in sentitems and every firm recipient\'s copy in the inbox', () => {
    const boxOf = new Map(firm.mailboxes.map((m) => [m.mail, m.id]));
    for (const i of firm.items) {
      const from = boxOf.get(i.message.from.emailAddress.address);
      if (i.folder === 'sentitems') expect(from).toBe(i.mailbox);
      else expect([...i.message.toRecipients, ...(i.message.ccRecipients ?? [])].map((r) => boxOf.get(r.emailAddress.address))).toContain(i.mailbox);
    }
    const internal = firm.items.filter((i) => i.folder === 'sentitems' && i.message.toRecipients.every((r) => firmAddress(r.emailAddress.address)));
    expect(internal.length).toBeGreaterThan(20);
    for (const s of internal) expect(firm.items.some((i) => i.folder === 'inbox' && i.message.internetMessageId === s.message.internetMessageId)).toBe(true);
  });
  it('uses only .example addresses', () => {
    for (const { message: m } of firm.items) {
      for (const r of [m.from, ...m.toRecipients, ...(m.ccRecipients ?? []), ...(m.replyTo ?? [])]) expect(r.emailAddress.address).toMatch(/@[a-z0-9.-]+\.example$/);
    }
  });
});

describe('demoFirm: threads', () => {
  it('links every reply to an earlier message of the same conversation', () => {
    let replies = 0;
    for (const { message: m } of firm.items) {
      const parentId = header(m, 'In-Reply-To');
      if (!parentId) continue;
      replies++;
      const parent = byId.get(parentId)?.message;
      expect(parent, parentId).toBeDefined();
      expect(parent?.conversationId).toBe(m.conversationId);
      expect(Date.parse(parent?.sentDateTime ?? '')).toBeLessThan(Date.parse(m.sentDateTime));
    }
    expect(replies).toBeGreaterThan(150);
  });
  it('starts every RE:/FW: message\'s conversation with an earlier message', () => {
    for (const { message: m } of firm.items.filter((i) => /^(RE|Re|FW|Fwd): /.test(i.message.subject))) {
      expect(inConversation(m.conversationId).some((o) => o.message.sentDateTime < m.sentDateTime), m.subject).toBe(true);
    }
  });
  it('quotes history in replies, Outlook and Gmail style', () => {
    const bodies = firm.items.filter((i) => header(i.message, 'In-Reply-To') && !isAutoReply(i.message)).map((i) => i.message.body.content);
    expect(bodies.filter((b) => b.includes('divRplyFwdMsg')).length).toBeGreaterThan(20);
    expect(bodies.filter((b) => / wrote:/.test(b)).length).toBeGreaterThan(10);
  });
});
