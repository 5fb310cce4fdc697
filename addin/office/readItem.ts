// Reads the open Outlook item into the shared EmailMessage, using only documented Office.js
// APIs of read mode (Mailbox 1.1) so it runs unchanged on Outlook on the web, Windows and Mac.
//
// Compose mode is not supported on purpose: there `item.subject` is an object with getAsync and
// the ask sentences are still being written, so the pane asks for a received message instead.
import type { EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';
import type { CurrentItem } from '../mail/source';
import { fromAsyncResult } from './asyncResult';

type ReadItem = Office.MessageRead;

function toAddress(details: Office.EmailAddressDetails | null | undefined): MailAddress | null {
  if (!details || typeof details.emailAddress !== 'string' || !details.emailAddress) return null;
  return { name: typeof details.displayName === 'string' ? details.displayName : '', address: details.emailAddress };
}

function toAddresses(list: readonly Office.EmailAddressDetails[] | null | undefined): MailAddress[] {
  if (!Array.isArray(list)) return [];
  return list.map(toAddress).filter((a): a is MailAddress => a !== null);
}

function toIsoInstant(value: unknown): string {
  const date = value instanceof Date ? value : new Date(typeof value === 'string' || typeof value === 'number' ? value : NaN);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The item as read mode presents it, or why it cannot be read. */
function classify(item: unknown): { readItem: ReadItem } | { reason: 'none' | 'compose' | 'unsupported' } {
  if (!item || typeof item !== 'object') return { reason: 'none' };
  const candidate = item as ReadItem;
  // In compose mode subject is an object with getAsync, and itemId is absent until saved.
  if (typeof (candidate as { subject: unknown }).subject !== 'string') return { reason: 'compose' };
  // Office.MailboxEnums.ItemType.Message is the string 'message' on every host.
  if (String(candidate.itemType) !== 'message') return { reason: 'unsupported' };
  return { readItem: candidate };
}

export async function readCurrentOutlookItem(timeZone: string): Promise<CurrentItem> {
  const classified = classify(Office.context.mailbox.item);
  if ('reason' in classified) return { kind: 'unavailable', reason: classified.reason };
  const item = classified.readItem;
  const body = await fromAsyncResult<string>('reading the message text', (cb) =>
    item.body.getAsync(Office.CoercionType.Text, cb),
  );
  const message: EmailMessage = {
    id: optionalString(item.itemId) ?? `unsaved-${Date.now()}`,
    conversationId: optionalString(item.conversationId),
    internetMessageId: optionalString((item as { internetMessageId?: unknown }).internetMessageId),
    subject: item.subject,
    from: toAddress(item.from),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    sentAt: toIsoInstant(item.dateTimeCreated),
    timeZone,
    bodyType: 'text',
    body: typeof body === 'string' ? body : '',
    webLink: null,
  };
  return { kind: 'message', message };
}
