// $orderby and Exchange's InefficientFilter rule: with $filter, every $orderby property must lead
// the $filter, in the same order (user-list-messages.md).
import { graphError, type Reply } from '../reply';
import { compareKeys, sortKey } from './compare';
import type { FieldType, Schema } from './schema';

export interface OrderKey {
  readonly path: readonly string[];
  readonly type: FieldType;
  readonly desc: boolean;
}

export function parseOrderBy(text: string, schema: Schema): OrderKey[] | Reply {
  const keys: OrderKey[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name = '', dir = 'asc', ...rest] = part.split(/\s+/);
    const field = schema.fields.get(name.toLowerCase());
    if (field === undefined) return graphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type '${schema.typeName}'.`);
    if (rest.length > 0 || !['asc', 'desc'].includes(dir.toLowerCase())) return graphError(400, 'BadRequest', `Invalid $orderby clause '${part}'.`);
    keys.push({ path: field.path, type: field.type, desc: dir.toLowerCase() === 'desc' });
  }
  return keys;
}

export function inefficientFilter(filterProperties: readonly string[], order: readonly OrderKey[]): Reply | null {
  const ok = order.every((k, i) => filterProperties[i]?.toLowerCase() === k.path.join('/').toLowerCase());
  return ok ? null : graphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
}

function dig(item: unknown, path: readonly string[]): unknown {
  let at: unknown = item;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/** Sorts by the keys (ties by `tie`), computing each key once per item. */
export function sortBy<T>(items: readonly T[], order: readonly OrderKey[], tie: (item: T) => string): T[] {
  const extract = order.map((k) => ({ key: sortKey(k.type), k }));
  const rows = items.map((item) => ({ item, keys: extract.map(({ key, k }) => {
    const v = dig(item, k.path);
    return v == null ? '' : key(v);
  }) }));
  rows.sort((a, b) => {
    for (let i = 0; i < order.length; i += 1) {
      const c = compareKeys(a.keys[i] ?? '', b.keys[i] ?? '');
      if (c !== 0) return order[i]?.desc === true ? -c : c;
    }
    return compareKeys(tie(a.item), tie(b.item));
  });
  return rows.map((r) => r.item);
}
