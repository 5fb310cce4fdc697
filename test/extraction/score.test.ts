// The regression scorer on tiny invented cases (positive and miss tables), and its agreement with
// the reference scorer (shared/eval/score-asks.mjs beside the repository) on the whole regression set.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { predict } from './predict';
import { loadSplit, SPLITS, type GoldLabel, type GoldRecord } from './records';
import { checkFields, compare, dueClock, dueDate, matchRecord, recordProblems, scoreRecord, type Prediction } from './score';
import { prf, summarize } from './summary';

const label = (text: string, over: Partial<GoldLabel> = {}): GoldLabel => ({ text, kind: 'request', owner: null, due: null, ...over });
const pred = (text: string, over: Partial<Prediction> = {}): Prediction => ({ text, kind: 'request', owner: null, due: null, forwarded: false, ...over });

describe('compare: these match', () => {
  it.each([
    ['Can you send the revised lease by Friday?', 'can you send the revised lease by friday', 'jaccard'],
    ['Please sign the retainer and return it to me.', 'Please sign the retainer', 'contains'],
    ['Ｃａｎ you call the adjuster today?', 'Can you call the adjuster today?', 'jaccard'],
    ['Hi Noor, could you file the notice of appearance?', 'could you file the notice of appearance?', 'jaccard'],
  ])('%s ~ %s', (gold, predicted, how) => {
    expect(compare(gold, predicted)).toMatchObject({ match: true, how });
  });
});

describe('compare: these must NOT match', () => {
  it.each([
    ['Can you send the draft lease by Friday?', 'Did you mail the invoice to the landlord on Friday?'],
    ['Please file the answer tomorrow.', 'The answer was filed yesterday by opposing counsel.'],
    ['Let me know if the client signs.', ''],
  ])('%s !~ %s', (gold, predicted) => {
    expect(compare(gold, predicted).match).toBe(false);
  });
});

describe('matchRecord', () => {
  it('needs the same kind', () => {
    expect(matchRecord([label('I will send the deed tomorrow.', { kind: 'commitment' })], [pred('I will send the deed tomorrow.')])).toEqual([]);
  });

  it('uses each label and each prediction once', () => {
    const pairs = matchRecord([label('Please call the clerk.')], [pred('Please call the clerk.'), pred('Please call the clerk.')]);
    expect(pairs).toEqual([{ g: 0, p: 0, how: 'jaccard' }]);
  });

  it('reassigns a shared candidate so both labels are matched', () => {
    const gold = [label('Can you call the clerk about the hearing?'), label('Can you call the clerk?')];
    const pairs = matchRecord(gold, [pred('Can you call the clerk?'), pred('call the clerk about the hearing')]);
    expect(pairs.map((x) => [x.g, x.p])).toEqual([[0, 1], [1, 0]]);
  });
});

describe('due dates and times in the record’s zone', () => {
  it.each([
    ['2026-03-09T01:00:00Z', 'America/Los_Angeles', '2026-03-08'],
    ['2026-11-01T17:00:00-05:00', 'America/New_York', '2026-11-01'],
    ['2026-07-03', 'America/Phoenix', '2026-07-03'],
    [null, 'America/Chicago', null],
    ['next Friday', 'America/Chicago', 'unparseable'],
  ])('dueDate(%s, %s) = %s', (value, zone, want) => expect(dueDate(value, zone)).toBe(want));

  it('reads the wall-clock time in the record’s zone', () => {
    expect(dueClock('2026-01-15T17:00:00-05:00', 'America/New_York')).toBe('17:00');
    expect(dueClock('2026-01-15T17:00:00-05:00', 'America/Chicago')).toBe('16:00');
    expect(dueClock('2026-01-15', 'America/Chicago')).toBeNull();
  });
});

describe('fields of a matched pair', () => {
  const zone = 'America/New_York';
  it('compares owners case-insensitively and forwarded as false by default', () => {
    const check = checkFields(label('x', { owner: 'Ana@Firm.example' }), { text: 'x', kind: 'request', owner: 'ana@firm.example', due: null }, zone);
    expect(check).toEqual({ owner: true, due: true, dueTime: null, forwarded: true });
  });

  it('scores the due time only when the label states one', () => {
    const l = label('x', { due: '2026-01-15', dueTime: '15:00' });
    expect(checkFields(l, pred('x', { due: '2026-01-15T17:00:00-05:00' }), zone)).toMatchObject({ due: true, dueTime: false });
    expect(checkFields(l, pred('x', { due: '2026-01-15T15:00:00-05:00' }), zone)).toMatchObject({ due: true, dueTime: true });
  });
});

describe('recordProblems', () => {
  const record: GoldRecord = {
    id: 'reg-000', conversationId: 'c', subject: 's', from: { name: 'A', address: 'a@x.example' }, to: [{ name: 'B', address: 'b@x.example' }], cc: [],
    sentAt: '2026-01-05T09:00:00-05:00', timeZone: 'America/New_York', bodyType: 'text', body: 'Can you call me Friday?',
    labels: [label('Can you call me Friday?', { owner: 'b@x.example', due: '2026-01-09' })],
  };

  it('is empty for an exact match', () => {
    expect(recordProblems(scoreRecord(record, [pred('Can you call me Friday?', { owner: 'b@x.example', due: '2026-01-09T17:00:00-05:00' })]))).toEqual([]);
  });

  it('names the miss, the false alarm and the wrong fields', () => {
    expect(recordProblems(scoreRecord(record, [pred('Thanks again!')]))).toEqual(['missed request: "Can you call me Friday?"', 'false alarm request: "Thanks again!"']);
    expect(recordProblems(scoreRecord(record, [pred('Can you call me Friday?', { due: '2026-01-16' })]))).toEqual([
      'owner of "Can you call me Friday?": want b@x.example, got null',
      'due of "Can you call me Friday?": want 2026-01-09, got 2026-01-16',
    ]);
  });
});

describe('prf', () => {
  it('follows the reference scorer’s vacuous cases', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 3, 0)).toEqual({ precision: 1, recall: 0, f1: 0 });
  });
});

interface ReferenceScore {
  readonly total: { gold: number; pred: number; tp: number };
  readonly owner: { n: number; ok: number };
  readonly due: { n: number; ok: number };
  readonly dueTime: { n: number; ok: number };
}
interface ReferenceScorer {
  score(gold: readonly unknown[], pred: readonly unknown[]): ReferenceScore;
}

// The reference scorer sits next to the repository (/work/shared/eval), not inside it: skipped when absent.
const refPath = fileURLToPath(new URL('../../../shared/eval/score-asks.mjs', import.meta.url));

describe.skipIf(!existsSync(refPath))('agrees with shared/eval/score-asks.mjs', () => {
  it.each(SPLITS)('on the %s split', async (split) => {
    const ref = (await import(/* @vite-ignore */ refPath)) as ReferenceScorer;
    const records = loadSplit(split);
    const predictions = records.map((r) => ({ id: r.id, asks: predict(r) }));
    const mine = summarize(records.map((r, i) => scoreRecord(r, predictions[i]!.asks)), () => true);
    const theirs = ref.score(records, predictions);
    expect({ gold: mine.gold, pred: mine.pred, tp: mine.tp, owner: mine.owner, due: mine.due, dueTime: mine.dueTime })
      .toEqual({ gold: theirs.total.gold, pred: theirs.total.pred, tp: theirs.total.tp, owner: { ok: theirs.owner.ok, n: theirs.owner.n }, due: { ok: theirs.due.ok, n: theirs.due.n }, dueTime: { ok: theirs.dueTime.ok, n: theirs.dueTime.n } });
  });
});
