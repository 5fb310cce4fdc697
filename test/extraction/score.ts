// Scores predicted asks against gold labels: text/kind matching (./match, the reference scorer's
// rules), then owner, due date, due time and forwarded on every matched pair. Pure functions; the
// CLI and the regression test share them.
import type { GoldLabel, GoldRecord } from './records';
import { matchRecord, type MatchHow } from './match';

export { normalize, tokens, jaccard, contains, compare, matchRecord, JACCARD_MIN } from './match';

/** What the extractor proposed, reduced to the scored fields. */
export interface Prediction {
  readonly text: string;
  readonly kind: string;
  readonly owner: string | null;
  /** ISO instant with offset, or a plain YYYY-MM-DD, or null. */
  readonly due: string | null;
  readonly forwarded?: boolean;
}

const dateFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of a predicted due value in the record's time zone ("unparseable" if bad). */
export function dueDate(value: string | null, timeZone: string): string | null {
  if (!value || !value.trim()) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const t = new Date(v);
  if (Number.isNaN(t.getTime())) return 'unparseable';
  return dateFormat(timeZone).format(t);
}

/** The wall-clock time (HH:MM) of a predicted due date-time in the record's time zone, or null. */
export function dueClock(value: string | null, timeZone: string): string | null {
  if (!value || !/T\d{2}:\d{2}/.test(value)) return null;
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(t);
  const get = (k: string) => parts.find((x) => x.type === k)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

export interface FieldCheck {
  readonly owner: boolean;
  readonly due: boolean;
  /** null when the label states no clock time (then it is not scored). */
  readonly dueTime: boolean | null;
  readonly forwarded: boolean;
}

export function checkFields(label: GoldLabel, pred: Prediction, timeZone: string): FieldCheck {
  const want = label.owner ? label.owner.toLowerCase() : null;
  const got = pred.owner ? pred.owner.toLowerCase() : null;
  return {
    owner: want === got,
    due: label.due === dueDate(pred.due, timeZone),
    dueTime: label.dueTime ? dueClock(pred.due, timeZone) === label.dueTime : null,
    forwarded: (label.forwarded ?? false) === (pred.forwarded ?? false),
  };
}

export interface MatchedPair {
  readonly label: GoldLabel;
  readonly pred: Prediction;
  readonly how: MatchHow;
  readonly check: FieldCheck;
}

export interface RecordResult {
  readonly id: string;
  readonly subject: string;
  readonly timeZone: string;
  readonly gold: number;
  readonly pred: number;
  readonly pairs: readonly MatchedPair[];
  readonly misses: readonly GoldLabel[];
  readonly falseAlarms: readonly Prediction[];
}

export function scoreRecord(record: GoldRecord, preds: readonly Prediction[]): RecordResult {
  const pairs = matchRecord(record.labels, preds);
  const usedG = new Set(pairs.map((x) => x.g));
  const usedP = new Set(pairs.map((x) => x.p));
  return {
    id: record.id, subject: record.subject, timeZone: record.timeZone, gold: record.labels.length, pred: preds.length,
    pairs: pairs.map(({ g, p, how }) => {
      const label = record.labels[g]!;
      const pred = preds[p]!;
      return { label, pred, how, check: checkFields(label, pred, record.timeZone) };
    }),
    misses: record.labels.filter((_, i) => !usedG.has(i)),
    falseAlarms: preds.filter((_, i) => !usedP.has(i)),
  };
}

const show = (v: string | null | undefined) => (v === null || v === undefined ? 'null' : v);

/** Why a record is not an exact match, one line per problem; [] when it is exact. */
export function recordProblems(r: RecordResult): string[] {
  const out: string[] = [];
  for (const m of r.misses) out.push(`missed ${m.kind}: "${m.text}"`);
  for (const f of r.falseAlarms) out.push(`false alarm ${f.kind}: "${f.text}"`);
  for (const { label, pred, check } of r.pairs) {
    if (!check.owner) out.push(`owner of "${label.text}": want ${show(label.owner)}, got ${show(pred.owner)}`);
    if (!check.due) out.push(`due of "${label.text}": want ${show(label.due)}, got ${show(dueDate(pred.due, r.timeZone))}`);
    if (check.dueTime === false) out.push(`due time of "${label.text}": want ${show(label.dueTime)}, got ${show(dueClock(pred.due, r.timeZone))}`);
    if (!check.forwarded) out.push(`forwarded of "${label.text}": want ${label.forwarded ?? false}, got ${pred.forwarded ?? false}`);
  }
  return out;
}
