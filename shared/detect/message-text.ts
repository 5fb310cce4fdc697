// The message as detection reads it: plain text (tables keep "label: value" apart), the subject,
// headers by name in any case, and the sender. Capped, so a 10 MB body costs what a 50 kB one does:
// every marker detection looks for sits near the top of a notification.
import { bodyText } from '../extract/1-body-text';
import type { MailAddress } from '../followup';
import type { Attachment, DetectableMessage } from './types';

export const MAX_SCAN_CHARS = 50_000;
const CELL = '\u241f';

export interface ReadMessage {
  readonly subject: string;
  /** The whole body as plain text (first MAX_SCAN_CHARS of the source). */
  readonly text: string;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly messageClass: string;
  readonly attachments: readonly Attachment[];
  header(name: string): string | null;
}

/** html-to-text runs table cells together ("Full nameInes"); mark the cell boundary first and turn it
 *  into ": " afterwards (or a space when the label already ends in a colon). */
function htmlToText(html: string): string {
  const marked = html.replace(/(<\/t[dh]\s*>)(\s*)(?=<t[dh][\s>])/gi, `$1<span>${CELL}</span>`);
  return bodyText(marked, 'html')
    .replace(new RegExp(`:\\s*${CELL}\\s*`, 'g'), ': ')
    .replace(new RegExp(`\\s*${CELL}\\s*`, 'g'), ': ');
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function address(v: unknown): MailAddress | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as { name?: unknown; address?: unknown };
  return { name: str(a.name).slice(0, 256), address: str(a.address).slice(0, 320) };
}

const addresses = (v: unknown): MailAddress[] =>
  (Array.isArray(v) ? v.slice(0, 200) : []).map(address).filter((a): a is MailAddress => a !== null);

function attachmentsOf(v: unknown): Attachment[] {
  if (!Array.isArray(v)) return [];
  return v.slice(0, 50).filter((a): a is Record<string, unknown> => Boolean(a) && typeof a === 'object')
    .map((a) => ({ name: str(a.name), contentType: str(a.contentType), size: typeof a.size === 'number' ? a.size : 0 }));
}

/** Reads defensively: the input may come from JSON of any shape, so every field is checked. */
export function readMessage(message: DetectableMessage): ReadMessage {
  const raw = str(message.body).slice(0, MAX_SCAN_CHARS);
  const text = message.bodyType === 'html' ? htmlToText(raw) : bodyText(raw, 'text');
  const headers = new Map<string, string>();
  const given: unknown = message.headers;
  if (given && typeof given === 'object') {
    for (const [k, v] of Object.entries(given as Record<string, unknown>).slice(0, 500)) headers.set(k.toLowerCase(), str(v).slice(0, 2000));
  }
  return {
    subject: str(message.subject).slice(0, 2000).replace(/\s+/g, ' ').trim(),
    text,
    from: address(message.from),
    to: addresses(message.to),
    cc: addresses(message.cc),
    messageClass: str(message.messageClass),
    attachments: attachmentsOf(message.attachments),
    header: (name) => headers.get(name.toLowerCase()) ?? null,
  };
}

export const domainOf = (addr: string): string => addr.slice(addr.lastIndexOf('@') + 1).toLowerCase();

/** True when the address belongs to one of the firm's domains (or a subdomain of one). */
export function isFirmAddress(addr: string, domains: readonly string[]): boolean {
  const d = domainOf(addr);
  return domains.some((f) => d === f.toLowerCase() || d.endsWith(`.${f.toLowerCase()}`));
}
