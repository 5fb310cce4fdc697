// Route input validation with the shared zod schemas; the first problem becomes a 400 naming its field.
import type { z } from 'zod';
import { errors } from '../errors';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw errors.invalidRequest(undefined, 'The request is invalid.');
  const path = issue.path.map(String);
  // { "title": "…", "colour": "red" } → field "colour", not the object holding it.
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0] ?? ''].join('.');
    throw errors.invalidRequest(field, `${field}: unknown field; remove it.`);
  }
  const field = path.length === 0 ? undefined : path.join('.');
  throw errors.invalidRequest(field, `${field ?? 'Request body'}: ${explain(issue)}`);
}

/** Zod's wording, made actionable where it is terse. */
function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'required.';
  if (issue.code === 'invalid_format' && issue.format === 'datetime') {
    return 'must be an ISO 8601 date and time with an offset, like 2026-01-15T17:00:00-05:00 or 2026-01-15T22:00:00Z.';
  }
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'must be an email address.';
  if (issue.code === 'invalid_union') {
    const first = issue.errors[0]?.[0];
    return first === undefined ? issue.message : explain(first);
  }
  return issue.message;
}
