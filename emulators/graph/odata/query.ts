// Query strings and Prefer headers. Values are decoded like URLSearchParams ('+' is a space, as
// Graph reads it); option names are matched case-insensitively ($Select works on Graph too).

export type Query = ReadonlyMap<string, string>;

export function parseQuery(raw: string): Query {
  const out = new Map<string, string>();
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    out.set(key.startsWith('$') ? key.toLowerCase() : key, eq < 0 ? '' : decode(part.slice(eq + 1)));
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Re-encodes options the way Graph writes nextLinks ("%24skip=10"). */
export function encodeQuery(query: Query): string {
  return [...query].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export function withOption(query: Query, key: string, value: string): Query {
  const next = new Map(query);
  next.set(key, value);
  return next;
}

/** Prefer: name=value, name="value" … → lower-case names, unquoted values. */
export function parsePrefer(header: string | undefined): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const m of (header ?? '').matchAll(/([\w.-]+)\s*(?:=\s*("([^"]*)"|[^,;\s]*))?/g)) {
    const name = m[1];
    if (name !== undefined) out.set(name.toLowerCase(), m[3] ?? m[2] ?? '');
  }
  return out;
}

/** A whole number in [min, max] from a query option, or an error text. */
export function intOption(value: string | undefined, name: string, min: number): number | string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) return `Invalid value '${value}' for query option '${name}'.`;
  const n = Number(value.trim());
  return n < min ? `Invalid value '${value}' for query option '${name}'.` : n;
}
