// Creates, updates and deletes, each stamped with the mailbox's next change sequence number and
// logged in the folders it touches. They return the change for notifications (before/after).
import { changeKeyFor, graphDate } from '../format';
import { previewOf } from '../html';
import type { GraphEvent, GraphMessage } from '../types';
import { folderById, type Folder, type Mailbox, type StoredEvent } from './mailbox';

export type Change =
  | { readonly resource: 'message'; readonly mailbox: Mailbox; readonly id: string; readonly before: GraphMessage | null; readonly after: GraphMessage | null }
  | { readonly resource: 'event'; readonly mailbox: Mailbox; readonly id: string; readonly before: GraphEvent | null; readonly after: GraphEvent | null };

function nextSeq(mailbox: Mailbox): number {
  mailbox.seq += 1;
  return mailbox.seq;
}

function logIn(folder: Folder, seq: number, id: string, removed: boolean): void {
  if (removed) folder.ids.delete(id);
  else folder.ids.add(id);
  folder.log.push({ seq, id, removed });
}

export function insertMessage(mailbox: Mailbox, message: GraphMessage): Change {
  if (mailbox.messages.has(message.id)) throw new Error(`message id ${message.id} already exists in ${mailbox.mail}`);
  const folder = folderById(mailbox, message.parentFolderId);
  if (folder === undefined) throw new Error(`no folder ${message.parentFolderId} in ${mailbox.mail}`);
  const seq = nextSeq(mailbox);
  mailbox.messages.set(message.id, { message, seq });
  logIn(folder, seq, message.id, false);
  return { resource: 'message', mailbox, id: message.id, before: null, after: message };
}

/** Applies a patch (a move when parentFolderId changes); null when the id is unknown. */
export function updateMessage(mailbox: Mailbox, id: string, patch: Partial<GraphMessage>, now: Date): Change | null {
  const stored = mailbox.messages.get(id);
  if (stored === undefined) return null;
  const before = stored.message;
  const target = patch.parentFolderId === undefined ? undefined : folderById(mailbox, patch.parentFolderId);
  if (patch.parentFolderId !== undefined && target === undefined) throw new Error(`no folder ${patch.parentFolderId} in ${mailbox.mail}`);
  const seq = nextSeq(mailbox);
  const body = patch.body ?? before.body;
  const after: GraphMessage = {
    ...before, ...patch, id, changeKey: changeKeyFor(`${id}/${seq}`), lastModifiedDateTime: graphDate(now),
    bodyPreview: patch.bodyPreview ?? (patch.body === undefined ? before.bodyPreview : previewOf(body)),
    hasAttachments: patch.hasAttachments ?? (patch.attachments === undefined ? before.hasAttachments : patch.attachments.some((a) => a.isInline !== true)),
  };
  mailbox.messages.set(id, { message: after, seq });
  const from = folderById(mailbox, before.parentFolderId);
  if (target !== undefined && from !== undefined && target !== from) logIn(from, seq, id, true);
  const into = target ?? from;
  if (into !== undefined) logIn(into, seq, id, false);
  return { resource: 'message', mailbox, id, before, after };
}

export function removeMessage(mailbox: Mailbox, id: string): Change | null {
  const stored = mailbox.messages.get(id);
  if (stored === undefined) return null;
  const seq = nextSeq(mailbox);
  mailbox.messages.delete(id);
  const folder = folderById(mailbox, stored.message.parentFolderId);
  if (folder !== undefined) logIn(folder, seq, id, true);
  return { resource: 'message', mailbox, id, before: stored.message, after: null };
}

export function putEvent(mailbox: Mailbox, stored: StoredEvent): Change {
  const before = mailbox.events.get(stored.event.id)?.event ?? null;
  nextSeq(mailbox);
  mailbox.events.set(stored.event.id, stored);
  return { resource: 'event', mailbox, id: stored.event.id, before, after: stored.event };
}
