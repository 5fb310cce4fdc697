// Totals over many scored records: P/R/F1 of the asks, and field accuracies over matched pairs.
import type { RecordResult } from './score';

export interface Ratio {
  readonly ok: number;
  readonly n: number;
}

export interface Summary {
  readonly records: number;
  readonly exact: number;
  readonly gold: number;
  readonly pred: number;
  readonly tp: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly byKind: Readonly<Record<string, { gold: number; pred: number; tp: number }>>;
  readonly owner: Ratio;
  readonly due: Ratio;
  readonly dueTime: Ratio;
  readonly forwarded: Ratio;
}

/** Vacuous cases as in the reference scorer: no predictions -> P = 1; no gold -> R = 1. */
export function prf(tp: number, gold: number, pred: number): { precision: number; recall: number; f1: number } {
  const precision = pred > 0 ? tp / pred : 1;
  const recall = gold > 0 ? tp / gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const ratio = (list: readonly (boolean | null)[]): Ratio => {
  const scored = list.filter((x): x is boolean => x !== null);
  return { ok: scored.filter(Boolean).length, n: scored.length };
};

function kinds(results: readonly RecordResult[]): Record<string, { gold: number; pred: number; tp: number }> {
  const out: Record<string, { gold: number; pred: number; tp: number }> = {};
  const bump = (k: string, f: 'gold' | 'pred' | 'tp') => { (out[k] ??= { gold: 0, pred: 0, tp: 0 })[f] += 1; };
  for (const r of results) {
    for (const p of r.pairs) { bump(p.label.kind, 'gold'); bump(p.pred.kind, 'pred'); bump(p.label.kind, 'tp'); }
    for (const m of r.misses) bump(m.kind, 'gold');
    for (const f of r.falseAlarms) bump(f.kind, 'pred');
  }
  return out;
}

export function summarize(results: readonly RecordResult[], isExact: (r: RecordResult) => boolean): Summary {
  const gold = results.reduce((n, r) => n + r.gold, 0);
  const pred = results.reduce((n, r) => n + r.pred, 0);
  const tp = results.reduce((n, r) => n + r.pairs.length, 0);
  const checks = results.flatMap((r) => r.pairs.map((p) => p.check));
  return {
    records: results.length, exact: results.filter(isExact).length, gold, pred, tp, ...prf(tp, gold, pred), byKind: kinds(results),
    owner: ratio(checks.map((c) => c.owner)), due: ratio(checks.map((c) => c.due)),
    dueTime: ratio(checks.map((c) => c.dueTime)), forwarded: ratio(checks.map((c) => c.forwarded)),
  };
}
