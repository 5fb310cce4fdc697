// The scan benchmark's big mailbox: fast to make, the requested size, and shaped like real mail.
import { describe, expect, it } from 'vitest';
import { bulkMailbox, type DemoMailbox } from '../../server/demo/seed';
import { header, visibleWords } from './mail-text';

const now = new Date('2026-11-22T15:00:00Z');
const mailbox: DemoMailbox = { id: '0b6f3c9e-1d2a-4e5f-a6b7-8c9d0e1f2a3b', mail: 'eleanor.hartley@hartleymoss.example',
  displayName: 'Eleanor Hartley', role: 'partner', timeZone: 'America/New_York' };

// Generation time is a benchmark figure (npm run bench:scan prints the scan it feeds), not a test.
const run = { items: bulkMailbox({ now, mailbox, firmDomain: 'hartleymoss.example', count: 10_000 }) };
const { items } = run;
const words = items.map((i) => visibleWords(i.message.body)).sort((a, b) => a - b);
const at = (q: number) => words[Math.floor(q * (words.length - 1))] ?? 0;

describe('bulkMailbox(10,000)', () => {
  it('has exactly the requested count, unique ids, about 70% inbox and 30% sent', () => {
    expect(items).toHaveLength(10_000);
    expect(new Set(items.map((i) => i.message.internetMessageId)).size).toBe(10_000);
    const inbox = items.filter((i) => i.folder === 'inbox').length / items.length;
    expect(inbox).toBeGreaterThan(0.65);
    expect(inbox).toBeLessThan(0.75);
    for (const i of items.filter((x) => x.folder === 'sentitems').slice(0, 500)) expect(i.message.from.emailAddress.address).toBe(mailbox.mail);
  });
  it('keeps every message between 100 and 2,000 words, with a long tail', () => {
    expect(words[0]).toBeGreaterThanOrEqual(100);
    expect(words[words.length - 1]).toBeLessThanOrEqual(2000);
    expect(at(0.1)).toBeLessThan(300);
    expect(at(0.5)).toBeGreaterThan(250);
    expect(at(0.5)).toBeLessThan(900);
    expect(at(0.9)).toBeGreaterThan(900);
    expect(words.filter((w) => w > 1600).length).toBeGreaterThan(100);
  });
  it('spreads messages over the last 90 days, sorted, sent before received', () => {
    const start = now.getTime() - 90 * 86_400_000;
    const bad = items.filter(({ message: m }) => Date.parse(m.sentDateTime) < start
      || Date.parse(m.sentDateTime) > Date.parse(m.receivedDateTime) || Date.parse(m.receivedDateTime) > now.getTime());
    expect(bad).toEqual([]);
    const received = items.map((i) => i.message.receivedDateTime);
    expect(received).toEqual([...received].sort());
  });
  it('is made of threads whose replies quote history', () => {
    const sizes = new Map<string, number>();
    for (const i of items) sizes.set(i.message.conversationId, (sizes.get(i.message.conversationId) ?? 0) + 1);
    expect([...sizes.values()].filter((n) => n > 1).length).toBeGreaterThan(1000);
    const replies = items.filter((i) => /^(RE|Re): /.test(i.message.subject));
    expect(replies.length).toBeGreaterThan(4000);
    const quoting = replies.filter((i) => /divRplyFwdMsg|wrote:|________________/.test(i.message.body.content));
    expect(quoting.length / replies.length).toBeGreaterThan(0.95);
    expect(items.some((i) => header(i.message, 'Precedence') === 'bulk')).toBe(true);
  });
  it('replays exactly for the same seed and differs for another', () => {
    const small = (seed: number) => bulkMailbox({ now, mailbox, firmDomain: 'hartleymoss.example', count: 500, seed });
    expect(JSON.stringify(small(3))).toBe(JSON.stringify(small(3)));
    expect(small(4).map((i) => i.message.internetMessageId)).not.toEqual(small(3).map((i) => i.message.internetMessageId));
  });
});
