// The labelled detection set: per-detector precision/recall and field accuracies on each split.
// Rules are tuned against detect-tune.jsonl only; detect-holdout.jsonl measures how they generalise.
// The firm context is domains only (no known-contact directory), as in the CLI and the eval.
import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../shared/detect';
import { asMessage, FIRM_DOMAINS, loadRecords, SPLITS, splitPath } from './records';
import { accuracy, FIELDS, precision, recall, report, score } from './score';

const MIN_DETECTOR = 0.95;
const MIN_FIELD = 0.9;

describe.each(SPLITS)('detection on the %s split', (split) => {
  const records = loadRecords(splitPath(split));
  const items = records.map((r) => ({ id: r.id, expect: r.expect, got: detectMessage(asMessage(r), { domains: FIRM_DOMAINS }) }));
  const s = score(items);
  console.log(report(split, s));

  it('has records of every kind', () => {
    for (const kind of ['voicemail', 'inquiry', null]) expect(records.filter((r) => r.expect.kind === kind).length).toBeGreaterThan(10);
  });

  it.each(['voicemail', 'inquiry'] as const)(`%s precision and recall are at least ${MIN_DETECTOR}`, (kind) => {
    expect(precision(s.kinds[kind])).toBeGreaterThanOrEqual(MIN_DETECTOR);
    expect(recall(s.kinds[kind])).toBeGreaterThanOrEqual(MIN_DETECTOR);
  });

  it.each([...FIELDS])(`%s accuracy is at least ${MIN_FIELD}`, (field) => {
    const a = s.fields[field];
    expect(a.n).toBeGreaterThan(0);
    expect(accuracy(a), JSON.stringify(a.wrong.slice(0, 5))).toBeGreaterThanOrEqual(MIN_FIELD);
  });

  it('gives every detection a title, a short snippet and evidence', () => {
    for (const { got } of items) {
      expect(got.title.length).toBeGreaterThan(0);
      expect(got.snippet.length).toBeLessThanOrEqual(300);
      expect(got.evidence.length).toBeGreaterThan(0);
      if (got.caller?.phone) expect(got.caller.phone).toMatch(/^\+\d{8,15}$/);
      if (got.contact?.phone) expect(got.contact.phone).toMatch(/^\+\d{8,15}$/);
    }
  });
});

describe('the splits', () => {
  it('share no record id and keep about 30 % held out', () => {
    const [tune, holdout] = SPLITS.map((s) => loadRecords(splitPath(s)));
    const ids = new Set(tune!.map((r) => r.id));
    expect(holdout!.some((r) => ids.has(r.id))).toBe(false);
    expect(tune!.length + holdout!.length).toBeGreaterThanOrEqual(220);
    expect(holdout!.length / (tune!.length + holdout!.length)).toBeGreaterThan(0.25);
  });
});
