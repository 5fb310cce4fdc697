// Graph's date formats and Exchange-looking identifiers. Ids are derived from a hash of a stable
// seed (mailbox id + counter) rather than random, so a seeded demo mailbox is the same every run.
import { createHash } from 'node:crypto';

/** Message and event dates: UTC, whole seconds, "Z" ("2018-09-09T03:15:05Z"). */
export function graphDate(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** Subscription dates: seven fractional digits ("2022-01-01T21:42:18.2250000Z"). */
export function graphDate7(d: Date): string {
  return `${d.toISOString().slice(0, 23)}0000Z`;
}

/** Normalises any ISO 8601 date string to graphDate(); null when it does not parse. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : graphDate(new Date(ms));
}

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

/** "AAMkAG…AAA=": base64url like Exchange's ids (may contain - and _, ends in =). */
export function exchangeId(prefix: 'AAMkAG' | 'AAQkAG' | 'AAMkAD', seed: string): string {
  return `${prefix}${digest(seed).toString('base64url').slice(0, 38)}AAA=`;
}

/** What a new message needs, from one hash (seeding 10,000 messages should not hash 50,000 times). */
export interface MessageIdentity {
  readonly id: string;
  readonly conversationId: string;
  readonly changeKey: string;
  readonly conversationIndex: string;
  /** Hex for the local part of a generated Message-ID. */
  readonly hex: string;
}

export function messageIdentity(seed: string, at: Date): MessageIdentity {
  const b = createHash('sha512').update(seed).digest();
  const index = Buffer.alloc(22);
  index.writeUInt8(1, 0);
  index.writeUIntBE(Math.floor(at.getTime() / 1000) % 0xffffffffff, 1, 5);
  b.copy(index, 6, 0, 16);
  return {
    id: `AAMkAG${b.subarray(0, 28).toString('base64url')}AAA=`,
    conversationId: `AAQkAG${b.subarray(28, 56).toString('base64url')}AAA=`,
    changeKey: `CQAAABYAAAA${b.subarray(44, 59).toString('base64')}`,
    conversationIndex: index.toString('base64'),
    hex: b.subarray(52, 64).toString('hex').toUpperCase(),
  };
}

/** changeKey (standard base64, as Exchange's); the etag is W/"changeKey". */
export function changeKeyFor(seed: string): string {
  return `CQAAABYAAAA${digest(seed).subarray(0, 15).toString('base64')}`;
}

/** conversationIndex of a new thread: 22 bytes (a header byte, a time stamp, a GUID), base64. */
export function newConversationIndex(seed: string, at: Date): string {
  const bytes = Buffer.alloc(22);
  bytes.writeUInt8(1, 0);
  bytes.writeUIntBE(Math.floor(at.getTime() / 1000) % 0xffffffffff, 1, 5);
  digest(seed).copy(bytes, 6, 0, 16);
  return bytes.toString('base64');
}

/** A reply's conversationIndex: the parent's plus a 5-byte child block. */
export function childConversationIndex(parent: string, seed: string): string {
  return Buffer.concat([Buffer.from(parent, 'base64'), digest(seed).subarray(0, 5)]).toString('base64');
}

export function messageWebLink(id: string): string {
  return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`;
}

/** Exchange-style ids carry this shape; anything else is "malformed" (400), not "missing" (404). */
export function looksLikeExchangeId(id: string): boolean {
  return /^AA[A-Za-z0-9_\-+/]{10,}=*$/.test(id);
}
