// Validates the regression set itself: valid records, labels that are exact single substrings of the
// body, owners that are participants, and tune/holdout kept apart (no shared conversation, no
// holdout label text visible in a tune message).
import { describe, expect, it } from 'vitest';
import { loadSplit, type GoldRecord } from './records';

const tune = loadSplit('tune');
const holdout = loadSplit('holdout');
const all = [...tune, ...holdout];

const occurrences = (hay: string, needle: string): number => hay.split(needle).length - 1;
const participants = (r: GoldRecord): string[] => [r.from, ...r.to, ...r.cc].map((p) => p.address.toLowerCase());
const labelIssues = (r: GoldRecord): string[] => r.labels.flatMap((l) => {
  const issues: string[] = [];
  const where = `${r.id}: "${l.text}"`;
  if (occurrences(r.body, l.text) !== 1) issues.push(`${where} occurs ${occurrences(r.body, l.text)} times in the body`);
  if (l.text !== l.text.trim()) issues.push(`${where} has leading or trailing spaces`);
  if (l.owner !== null && !participants(r).includes(l.owner.toLowerCase())) issues.push(`${where} owner ${l.owner} is not on the message`);
  if (l.kind === 'commitment' && !l.forwarded && l.owner !== r.from.address) issues.push(`${where} commitment not owned by the sender`);
  if (l.dueTime && !l.due) issues.push(`${where} has a due time without a due date`);
  return issues;
});

describe('regression records', () => {
  it('has at least 160 messages, about 30 % of them (and at least 45) in the holdout split', () => {
    expect(all.length).toBeGreaterThanOrEqual(160);
    expect(holdout.length).toBeGreaterThanOrEqual(45);
    expect(holdout.length / all.length).toBeGreaterThan(0.25);
    expect(holdout.length / all.length).toBeLessThan(0.35);
  });

  it('has unique ids', () => {
    const ids = all.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses valid IANA time zones', () => {
    const bad = all.filter((r) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: r.timeZone });
        return false;
      } catch {
        return true;
      }
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('labels exact, single substrings of the body, owned by participants', () => {
    expect(all.flatMap(labelIssues)).toEqual([]);
  });

  it('keeps tune and holdout apart', () => {
    const tuneConversations = new Set(tune.map((r) => r.conversationId));
    expect(holdout.filter((r) => tuneConversations.has(r.conversationId)).map((r) => r.id)).toEqual([]);
    const leaks = holdout.flatMap((h) => h.labels.filter((l) => tune.some((t) => t.body.includes(l.text))).map((l) => `${h.id}: ${l.text}`));
    expect(leaks).toEqual([]);
  });
});
