// Comparing property values the way Exchange does: strings case-insensitive, dates by instant,
// extended property ids by tag number.
import type { CmpOp } from './filter-parse';
import { normalisePropId, type FieldType } from './schema';

/** A comparable key per type: strings case-insensitive (Exchange), dates as epoch ms. */
export function sortKey(type: FieldType): (value: unknown) => string | number | boolean {
  switch (type) {
    case 'date': return (v) => (typeof v === 'number' ? v : Date.parse(String(v)));
    case 'propid': return (v) => normalisePropId(String(v));
    case 'string': return (v) => String(v).toLowerCase();
    default: return (v) => v as number | boolean;
  }
}

export function compareKeys(a: string | number | boolean, b: string | number | boolean): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function holds(op: CmpOp, c: number): boolean {
  return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[op];
}
