// Text report for the regression CLI: one table per split, and with details every miss, false
// alarm and wrong field with its record id.
import { dueClock, dueDate, type RecordResult } from './score';
import { prf, type Ratio, type Summary } from './summary';

const f3 = (x: number) => x.toFixed(3);
const pct = (r: Ratio) => (r.n ? `${f3(r.ok / r.n)} (${r.ok}/${r.n})` : 'n/a');
const cut = (s: string) => s.replace(/\s+/g, ' ').slice(0, 140);

function row(name: string, gold: number, pred: number, tp: number): string {
  const { precision, recall, f1 } = prf(tp, gold, pred);
  const cells = [gold, pred, tp, pred - tp, gold - tp].map((n) => String(n).padStart(7)).join('');
  return `${name.padEnd(12)}${cells}${[precision, recall, f1].map((x) => f3(x).padStart(8)).join('')}`;
}

export function table(title: string, s: Summary): string[] {
  const out = [`== ${title}: ${s.records} records ==`, `${''.padEnd(12)}${['gold', 'pred', 'TP', 'FP', 'FN'].map((h) => h.padStart(7)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(8)).join('')}`];
  for (const [k, c] of Object.entries(s.byKind).sort()) out.push(row(k, c.gold, c.pred, c.tp));
  out.push(row('overall', s.gold, s.pred, s.tp));
  out.push(`owner ${pct(s.owner)}  due ${pct(s.due)}  due time ${pct(s.dueTime)}  forwarded ${pct(s.forwarded)}`);
  out.push(`exact records ${s.exact}/${s.records}`);
  return out;
}

export function details(results: readonly RecordResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.misses) out.push(`  FN    ${r.id} [${m.kind}] ${cut(m.text)}`);
    for (const f of r.falseAlarms) out.push(`  FP    ${r.id} [${f.kind}] ${cut(f.text)}`);
    for (const { label, pred, check } of r.pairs) {
      if (!check.owner) out.push(`  OWNER ${r.id} want ${label.owner} got ${pred.owner}: ${cut(label.text)}`);
      if (!check.due) out.push(`  DUE   ${r.id} want ${label.due} got ${dueDate(pred.due, r.timeZone)}: ${cut(label.text)}`);
      if (check.dueTime === false) out.push(`  TIME  ${r.id} want ${label.dueTime} got ${dueClock(pred.due, r.timeZone)}: ${cut(label.text)}`);
      if (!check.forwarded) out.push(`  FWD   ${r.id} want ${label.forwarded ?? false} got ${pred.forwarded ?? false}: ${cut(label.text)}`);
    }
  }
  return out;
}

export const oneLine = (name: string, s: Summary): string =>
  `${name}: asks F1 ${f3(s.f1)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}); owner ${s.owner.n ? f3(s.owner.ok / s.owner.n) : 'n/a'}; due ${s.due.n ? f3(s.due.ok / s.due.n) : 'n/a'}; exact ${s.exact}/${s.records}`;
