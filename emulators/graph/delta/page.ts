// One page of a delta round: the folder's log entries in (since, upto], each still current, in
// change order (a binary search then a scan) or, for $orderby=receivedDateTime desc, sorted.
import type { Folder, LogEntry, Mailbox } from '../store/mailbox';
import type { GraphMessage } from '../types';
import type { DeltaCursor } from './token';

export type DeltaItem = { readonly removed: true; readonly id: string } | { readonly removed: false; readonly message: GraphMessage };

export interface DeltaPage {
  readonly items: readonly DeltaItem[];
  /** Where the next page starts; null when the round is complete. */
  readonly next: DeltaCursor;
}

export interface PageRequest {
  readonly since: number;
  readonly upto: number;
  readonly after: DeltaCursor;
  readonly size: number;
  readonly test: ((m: GraphMessage) => boolean) | null;
  readonly desc: boolean;
}

/** The item an entry stands for now, or null when a later change superseded it. */
function current(m: Mailbox, folder: Folder, e: LogEntry, r: PageRequest): DeltaItem | null {
  if (e.removed) return r.since > 0 && !folder.ids.has(e.id) ? { removed: true, id: e.id } : null;
  const stored = m.messages.get(e.id);
  if (stored === undefined || stored.seq !== e.seq || stored.message.parentFolderId !== folder.id) return null;
  return r.test === null || r.test(stored.message) ? { removed: false, message: stored.message } : null;
}

function firstAfter(log: readonly LogEntry[], seq: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((log[mid]?.seq ?? 0) <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function deltaPage(m: Mailbox, folder: Folder, r: PageRequest): DeltaPage {
  return r.desc ? sortedPage(m, folder, r) : seqPage(m, folder, r);
}

function seqPage(m: Mailbox, folder: Folder, r: PageRequest): DeltaPage {
  const items: DeltaItem[] = [];
  let lastSeq = 0;
  for (let i = firstAfter(folder.log, typeof r.after === 'number' ? r.after : r.since); i < folder.log.length; i += 1) {
    const e = folder.log[i] as LogEntry;
    if (e.seq > r.upto) break;
    const item = current(m, folder, e, r);
    if (item === null) continue;
    if (items.length === r.size) return { items, next: lastSeq };
    items.push(item);
    lastSeq = e.seq;
  }
  return { items, next: null };
}

type SortKey = readonly [number, number, string];

function keyOf(item: DeltaItem, seq: number): SortKey {
  return item.removed ? [0, seq, item.id] : [1, -Date.parse(item.message.receivedDateTime), item.message.id];
}

function compare(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/** Removals first, then messages newest first; the cursor is the last key sent. */
function sortedPage(m: Mailbox, folder: Folder, r: PageRequest): DeltaPage {
  const rows: { item: DeltaItem; key: SortKey }[] = [];
  for (let i = firstAfter(folder.log, r.since); i < folder.log.length; i += 1) {
    const e = folder.log[i] as LogEntry;
    if (e.seq > r.upto) break;
    const item = current(m, folder, e, r);
    if (item !== null) rows.push({ item, key: keyOf(item, e.seq) });
  }
  rows.sort((a, b) => compare(a.key, b.key));
  const after = Array.isArray(r.after) ? r.after : null;
  const start = after === null ? 0 : rows.findIndex((row) => compare(row.key, after) > 0);
  const slice = start < 0 ? [] : rows.slice(start, start + r.size);
  const more = start >= 0 && start + r.size < rows.length;
  const last = slice[slice.length - 1];
  return { items: slice.map((row) => row.item), next: more && last !== undefined ? [...last.key] : null };
}
