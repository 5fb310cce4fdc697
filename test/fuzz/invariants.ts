// What every extraction result must satisfy, whatever the input: the contract the task pane and
// the server rely on. Throws an Error naming the suggestion and the field that broke it.
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
// Stage 1 defines "the plain text of an HTML body"; later stages must not invent text beyond it.
import { bodyText } from '../../shared/extract/1-body-text';

const KINDS = new Set(['request', 'commitment']);
// "2026-01-15T17:00:00-05:00", "…Z", and expanded years ("+010000-01-01T…") that Date.parse reads.
const ISO_WITH_OFFSET = /^(\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whitespace runs become one space and control characters count as space: sentences may join a
 *  soft-wrapped line ("Please send\nthe draft" → "Please send the draft"), as stage 4 does. */
export const normalize = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ');

export function plainTextOf(message: EmailMessage): string {
  return message.bodyType === 'html' ? bodyText(message.body, 'html') : message.body;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text;
};

function check(ok: boolean, index: number, field: string, value: unknown, rule: string): void {
  if (!ok) throw new Error(`suggestion ${index}: ${field} ${show(value)} breaks "${rule}"`);
}

function checkOne(s: Suggestion, i: number, plain: string, participants: ReadonlySet<string>): void {
  check(typeof s.text === 'string' && s.text.trim() !== '', i, 'text', s.text, 'non-empty text');
  check(plain.includes(normalize(s.text).trim()), i, 'text', s.text, 'occurs in the plain text of the body');
  check(KINDS.has(s.kind), i, 'kind', s.kind, 'request or commitment');
  check(s.owner === null || participants.has(s.owner), i, 'owner', s.owner, `null or a participant (${show([...participants])})`);
  check(s.due === null || (ISO_WITH_OFFSET.test(s.due) && !Number.isNaN(Date.parse(s.due))), i, 'due', s.due, 'null or ISO 8601 with offset');
  check(s.dueTime === null || CLOCK.test(s.dueTime), i, 'dueTime', s.dueTime, 'null or HH:MM');
  check(typeof s.confidence === 'number' && s.confidence >= 0 && s.confidence <= 1, i, 'confidence', s.confidence, 'within [0, 1]');
  check(typeof s.forwarded === 'boolean', i, 'forwarded', s.forwarded, 'boolean');
  const e = s.evidence;
  check(typeof e?.trigger === 'string' && typeof e.ownerReason === 'string' && (e.datePhrase === null || typeof e.datePhrase === 'string'),
    i, 'evidence', e, 'trigger and ownerReason strings, datePhrase string or null');
}

export function assertWellFormed(message: EmailMessage, result: unknown): void {
  if (!Array.isArray(result)) throw new Error(`extractAsks returned ${show(result)}, not an array`);
  const plain = normalize(plainTextOf(message));
  const people = [message.from, ...message.to, ...message.cc].flatMap((p) => (p ? [p.address.toLowerCase()] : []));
  const participants = new Set(people);
  (result as Suggestion[]).forEach((s, i) => checkOne(s, i, plain, participants));
  // The pane gets suggestions from a Web Worker: they must survive structured cloning unchanged.
  const cloned = structuredClone(result);
  if (JSON.stringify(cloned) !== JSON.stringify(result)) throw new Error('suggestions change when structured-cloned');
}
