// $filter text → syntax tree: comparisons, and/or/not, startswith/endswith/contains, and
// any() lambdas (singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')).

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'date'; readonly ms: number }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' };

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type TextFn = 'startswith' | 'endswith' | 'contains';

export type Expr =
  | { readonly kind: 'cmp'; readonly op: CmpOp; readonly path: readonly string[]; readonly value: Literal }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'call'; readonly fn: TextFn; readonly path: readonly string[]; readonly value: string }
  | { readonly kind: 'any'; readonly path: readonly string[]; readonly variable: string; readonly body: Expr | null };

type Token = { readonly t: '(' | ')' | ',' | ':' | '/' } | { readonly t: 'ident'; readonly v: string } | { readonly t: 'lit'; readonly v: Literal };

const DATE = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const IDENT = /[A-Za-z_][\w.]*/y;
const OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FNS = new Set<string>(['startswith', 'endswith', 'contains']);

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

function readString(text: string, at: number): [string, number] {
  let out = '';
  for (let i = at + 1; i < text.length; i += 1) {
    if (text[i] !== "'") out += text[i];
    else if (text[i + 1] === "'") { out += "'"; i += 1; } else return [out, i + 1];
  }
  throw new Error('unterminated string literal');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) { i += 1; continue; }
    if ('(),:/'.includes(c)) { tokens.push({ t: c as '(' }); i += 1; continue; }
    if (c === "'") { const [v, next] = readString(text, i); tokens.push({ t: 'lit', v: { kind: 'string', value: v } }); i = next; continue; }
    const date = sticky(DATE, text, i);
    if (date !== null && date.length > 10 && !Number.isNaN(Date.parse(date))) { tokens.push({ t: 'lit', v: { kind: 'date', ms: Date.parse(date) } }); i += date.length; continue; }
    const num = sticky(NUMBER, text, i);
    if (num !== null) { tokens.push({ t: 'lit', v: { kind: 'number', value: Number(num) } }); i += num.length; continue; }
    const ident = sticky(IDENT, text, i);
    if (ident === null) throw new Error(`syntax error at position ${i} in '${text}'`);
    tokens.push(keywordLiteral(ident) ?? { t: 'ident', v: ident });
    i += ident.length;
  }
  return tokens;
}

function keywordLiteral(word: string): Token | null {
  if (word === 'true' || word === 'false') return { t: 'lit', v: { kind: 'bool', value: word === 'true' } };
  if (word === 'null') return { t: 'lit', v: { kind: 'null' } };
  return null;
}

interface Cursor { readonly tokens: readonly Token[]; at: number }

const peek = (c: Cursor, ahead = 0): Token | undefined => c.tokens[c.at + ahead];
const isWord = (tok: Token | undefined, w: string) => tok?.t === 'ident' && tok.v.toLowerCase() === w;

function expect(c: Cursor, t: Token['t']): Token {
  const tok = c.tokens[c.at];
  if (tok?.t !== t) throw new Error(`syntax error: expected '${t}' at token ${c.at + 1}`);
  c.at += 1;
  return tok;
}

const ident = (c: Cursor): string => (expect(c, 'ident') as { v: string }).v;
const literal = (c: Cursor): Literal => (expect(c, 'lit') as { v: Literal }).v;

function orExpr(c: Cursor): Expr {
  let left = andExpr(c);
  while (isWord(peek(c), 'or')) { c.at += 1; left = { kind: 'or', left, right: andExpr(c) }; }
  return left;
}

function andExpr(c: Cursor): Expr {
  let left = unary(c);
  while (isWord(peek(c), 'and')) { c.at += 1; left = { kind: 'and', left, right: unary(c) }; }
  return left;
}

function unary(c: Cursor): Expr {
  if (isWord(peek(c), 'not')) { c.at += 1; return { kind: 'not', expr: unary(c) }; }
  if (peek(c)?.t === '(') { c.at += 1; const inner = orExpr(c); expect(c, ')'); return inner; }
  const first = peek(c);
  if (first?.t === 'ident' && FNS.has(first.v.toLowerCase()) && peek(c, 1)?.t === '(') return call(c);
  return pathExpr(c);
}

function call(c: Cursor): Expr {
  const fn = ident(c).toLowerCase() as TextFn;
  expect(c, '(');
  const path = pathOf(c);
  expect(c, ',');
  const lit = literal(c);
  expect(c, ')');
  if (lit.kind !== 'string') throw new Error(`${fn} takes a string literal`);
  return { kind: 'call', fn, path, value: lit.value };
}

/** a/b/c, stopping before "/any(" so the lambda can take it. */
function pathOf(c: Cursor): string[] {
  const path = [ident(c)];
  while (peek(c)?.t === '/' && !isWord(peek(c, 1), 'any') && !isWord(peek(c, 1), 'all')) { c.at += 1; path.push(ident(c)); }
  return path;
}

function pathExpr(c: Cursor): Expr {
  const path = pathOf(c);
  if (peek(c)?.t === '/') return lambda(c, path);
  const op = peek(c);
  if (op?.t !== 'ident' || !OPS.has(op.v.toLowerCase())) throw new Error(`syntax error: expected a comparison after '${path.join('/')}'`);
  c.at += 1;
  return { kind: 'cmp', op: op.v.toLowerCase() as CmpOp, path, value: literal(c) };
}

function lambda(c: Cursor, path: string[]): Expr {
  expect(c, '/');
  if (!isWord(peek(c), 'any')) throw new Error("only the 'any' lambda operator is supported");
  c.at += 1;
  expect(c, '(');
  if (peek(c)?.t === ')') { c.at += 1; return { kind: 'any', path, variable: '', body: null }; }
  const variable = ident(c);
  expect(c, ':');
  const body = orExpr(c);
  expect(c, ')');
  return { kind: 'any', path, variable, body };
}

/** Parses a $filter; throws Error with a syntax message. */
export function parseFilter(text: string): Expr {
  const c: Cursor = { tokens: tokenize(text), at: 0 };
  const expr = orExpr(c);
  if (c.at !== c.tokens.length) throw new Error(`syntax error: unexpected token ${c.at + 1}`);
  return expr;
}
