// Precision/recall per detector and field accuracies, by the rules of shared/eval/score-detect.mjs
// (phones compared as E.164, emails and names case-insensitively, any of caller/contact may match).
import type { MessageDetection } from '../../shared/detect';
import type { Expectation } from './records';

export interface Counts { tp: number; fp: number; fn: number }
export interface Accuracy { n: number; ok: number; wrong: Array<{ id: string; want: unknown; got: unknown }> }
export const FIELDS = ['phone', 'email', 'name', 'practiceArea', 'urgent', 'expectsReply'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface Score {
  readonly records: number;
  readonly kinds: Record<'voicemail' | 'inquiry', Counts>;
  readonly fields: Record<FieldName, Accuracy>;
}

const lower = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim().toLowerCase() : null);

export function score(items: ReadonlyArray<{ id: string; expect: Expectation; got: MessageDetection }>): Score {
  const kinds = { voicemail: { tp: 0, fp: 0, fn: 0 }, inquiry: { tp: 0, fp: 0, fn: 0 } };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { n: 0, ok: 0, wrong: [] }])) as unknown as Record<FieldName, Accuracy>;
  const check = (f: FieldName, id: string, want: unknown, got: unknown) => {
    fields[f].n += 1;
    if (want === got) fields[f].ok += 1;
    else fields[f].wrong.push({ id, want, got });
  };
  for (const { id, expect: e, got } of items) {
    for (const k of ['voicemail', 'inquiry'] as const) {
      if (e.kind === k && got.kind === k) kinds[k].tp += 1;
      else if (e.kind === k) kinds[k].fn += 1;
      else if (got.kind === k) kinds[k].fp += 1;
    }
    const phones = [got.caller?.phone, got.contact?.phone].filter((p): p is string => Boolean(p));
    if (e.phone) check('phone', id, e.phone, phones.includes(e.phone) ? e.phone : phones[0] ?? null);
    if (e.email) check('email', id, e.email.toLowerCase(), lower(got.contact?.email));
    if (e.name) {
      const names = [got.caller?.name, got.contact?.name].map(lower).filter(Boolean);
      const want = e.name.toLowerCase();
      check('name', id, want, names.includes(want) ? want : names[0] ?? null);
    }
    if (e.practiceArea) check('practiceArea', id, e.practiceArea, got.practiceArea);
    if (typeof e.urgent === 'boolean') check('urgent', id, e.urgent, got.urgent);
    if (typeof e.expectsReply === 'boolean') check('expectsReply', id, e.expectsReply, got.expectsReply);
  }
  return { records: items.length, kinds, fields };
}

export const precision = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const accuracy = (a: Accuracy): number => (a.n ? a.ok / a.n : 1);

export function report(name: string, s: Score): string {
  const x = (v: number) => v.toFixed(3);
  const kinds = (['voicemail', 'inquiry'] as const).map((k) => {
    const c = s.kinds[k];
    return `${k} P ${x(precision(c))} R ${x(recall(c))} (TP ${c.tp} FP ${c.fp} FN ${c.fn})`;
  });
  const fields = FIELDS.map((f) => `${f} ${x(accuracy(s.fields[f]))} (${s.fields[f].ok}/${s.fields[f].n})`);
  return `detect ${name} (${s.records} records): ${kinds.join('; ')}; ${fields.join(', ')}`;
}
