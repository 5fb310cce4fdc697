// $filter → predicate, checked against a schema: unknown names, type mismatches and unsupported
// nodes give the 400s Graph gives, before any item is looked at.
import { errors, graphError, type Reply } from '../reply';
import { parseFilter, type CmpOp, type Expr, type Literal } from './filter-parse';
import { compareKeys, holds, sortKey } from './compare';
import type { FieldType, Schema } from './schema';

export type Predicate = (item: unknown) => boolean;
type Scoped = (item: unknown, vars: ReadonlyMap<string, unknown>) => boolean;
type Getter = (item: unknown, vars: ReadonlyMap<string, unknown>) => unknown;
type Scope = ReadonlyMap<string, Schema | FieldType>;

export interface CompiledFilter {
  readonly test: Predicate;
  /** Canonical property paths in the order they appear (for the InefficientFilter rule). */
  readonly properties: readonly string[];
}

/** Thrown inside compile and turned into the reply at the top. */
interface FilterFailure { readonly reply: Reply }

const EDM: Readonly<Record<FieldType | Literal['kind'], string>> = {
  string: 'Edm.String', date: 'Edm.DateTimeOffset', bool: 'Edm.Boolean', number: 'Edm.Int32', propid: 'Edm.String', null: 'null',
};
const OP_KIND: Readonly<Record<CmpOp, string>> = { eq: 'Equal', ne: 'NotEqual', gt: 'GreaterThan', ge: 'GreaterThanOrEqual', lt: 'LessThan', le: 'LessThanOrEqual' };

export function compileFilter(text: string, schema: Schema): CompiledFilter | Reply {
  let expr: Expr;
  try {
    expr = parseFilter(text);
  } catch (err) {
    return errors.badRequest(`Invalid filter clause: ${(err as Error).message}`);
  }
  const properties: string[] = [];
  try {
    const scoped = compile(expr, schema, new Map(), properties);
    const none = new Map<string, unknown>();
    return { test: (item) => scoped(item, none), properties: [...new Set(properties)] };
  } catch (err) {
    if (isFailure(err)) return err.reply;
    throw err;
  }
}

function isFailure(err: unknown): err is FilterFailure {
  return typeof err === 'object' && err !== null && 'reply' in err;
}

function fail(reply: Reply): never {
  throw { reply } satisfies FilterFailure;
}

function compile(expr: Expr, schema: Schema, scope: Scope, seen: string[]): Scoped {
  switch (expr.kind) {
    case 'and': { const l = compile(expr.left, schema, scope, seen); const r = compile(expr.right, schema, scope, seen); return (i, v) => l(i, v) && r(i, v); }
    case 'or': { const l = compile(expr.left, schema, scope, seen); const r = compile(expr.right, schema, scope, seen); return (i, v) => l(i, v) || r(i, v); }
    case 'not': { const inner = compile(expr.expr, schema, scope, seen); return (i, v) => !inner(i, v); }
    case 'cmp': return comparison(expr.op, resolve(expr.path, schema, scope, seen), expr.value);
    case 'call': return textCall(expr.fn, resolve(expr.path, schema, scope, seen), expr.value);
    case 'any': return lambda(expr, schema, scope, seen);
  }
}

function resolve(path: readonly string[], schema: Schema, scope: Scope, seen: string[]): { get: Getter; type: FieldType } {
  const head = path[0] ?? '';
  const bound = scope.get(head);
  if (bound !== undefined) return resolveInVariable(head, path.slice(1), bound);
  const field = schema.fields.get(path.join('/').toLowerCase());
  if (field === undefined) unknownProperty(path, schema);
  seen.push(field.path.join('/'));
  return { get: (item) => dig(item, field.path), type: field.type };
}

function resolveInVariable(variable: string, rest: readonly string[], bound: Schema | FieldType): { get: Getter; type: FieldType } {
  if (typeof bound === 'string') {
    if (rest.length > 0) fail(errors.badRequest(`Invalid filter clause: '${variable}' has no property '${rest.join('/')}'.`));
    return { get: (_i, vars) => vars.get(variable), type: bound };
  }
  const field = bound.fields.get(rest.join('/').toLowerCase());
  if (field === undefined) unknownProperty(rest, bound);
  return { get: (_i, vars) => dig(vars.get(variable), field.path), type: field.type };
}

function unknownProperty(path: readonly string[], schema: Schema): never {
  const top = (path[0] ?? '').toLowerCase();
  if (schema.unfilterable.has(top) || schema.collections.has(top)) fail(graphError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.'));
  fail(graphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${path[0] ?? ''}' on type '${schema.typeName}'.`));
}

function dig(item: unknown, path: readonly string[]): unknown {
  let at: unknown = item;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function comparison(op: CmpOp, field: { get: Getter; type: FieldType }, lit: Literal): Scoped {
  if (lit.kind === 'null') {
    if (op !== 'eq' && op !== 'ne') incompatible(field.type, lit, op);
    return (i, v) => (field.get(i, v) == null) === (op === 'eq');
  }
  const expected: Record<FieldType, Literal['kind']> = { string: 'string', propid: 'string', date: 'date', bool: 'bool', number: 'number' };
  if (expected[field.type] !== lit.kind || (field.type === 'bool' && op !== 'eq' && op !== 'ne')) incompatible(field.type, lit, op);
  const key = sortKey(field.type);
  const target = key(literalValue(lit));
  return (i, v) => {
    const raw = field.get(i, v);
    if (raw == null) return op === 'ne';
    return holds(op, compareKeys(key(raw), target));
  };
}

function incompatible(type: FieldType, lit: Literal, op: CmpOp): never {
  fail(errors.badRequest(`A binary operator with incompatible types was detected. Found operand types '${EDM[type]}' and '${EDM[lit.kind]}' for operator kind '${OP_KIND[op]}'.`));
}

function literalValue(lit: Literal): unknown {
  switch (lit.kind) {
    case 'date': return lit.ms;
    case 'null': return null;
    default: return lit.value;
  }
}

function textCall(fn: 'startswith' | 'endswith' | 'contains', field: { get: Getter; type: FieldType }, value: string): Scoped {
  if (field.type !== 'string' && field.type !== 'propid') fail(errors.badRequest(`Invalid filter clause: ${fn} needs a string property.`));
  const needle = value.toLowerCase();
  return (i, v) => {
    const raw = field.get(i, v);
    if (typeof raw !== 'string') return false;
    const hay = raw.toLowerCase();
    return fn === 'startswith' ? hay.startsWith(needle) : fn === 'endswith' ? hay.endsWith(needle) : hay.includes(needle);
  };
}

function lambda(expr: Extract<Expr, { kind: 'any' }>, schema: Schema, scope: Scope, seen: string[]): Scoped {
  const collection = schema.collections.get(expr.path.join('/').toLowerCase());
  if (collection === undefined) unknownProperty(expr.path, schema);
  seen.push(collection.path.join('/'));
  const inner = new Map(scope).set(expr.variable, collection.element);
  const body = expr.body === null ? null : compile(expr.body, schema, inner, []);
  return (item, vars) => {
    const list = dig(item, collection.path);
    if (!Array.isArray(list)) return false;
    if (body === null) return list.length > 0;
    return list.some((element) => body(item, new Map(vars).set(expr.variable, element)));
  };
}
