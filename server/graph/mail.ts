// Mail reads: one delta page of a mailbox folder, and the mailbox's time zone.
import type { Client } from '@microsoft/microsoft-graph-client';
import { MESSAGE_CLASS_PROPERTY, MESSAGE_FIELDS, toDeltaItem, type DeltaItem } from './messages';

export interface DeltaPage {
  readonly items: readonly DeltaItem[];
  /** More pages in this round. */
  readonly nextLink: string | null;
  /** The round is over: start the next one from here. */
  readonly deltaLink: string | null;
}

/** Per response; Graph documents no default for delta, and 100 keeps pages small but few. */
export const DELTA_PAGE_SIZE = 100;

export function firstDeltaPath(mailbox: string, folder: string): string {
  const select = ['id', ...MESSAGE_FIELDS].join(',');
  const expand = `singleValueExtendedProperties($filter=id eq '${MESSAGE_CLASS_PROPERTY}')`;
  return `/users/${encodeURIComponent(mailbox)}/mailFolders/${encodeURIComponent(folder)}/messages/delta?$select=${select}&$expand=${expand}`;
}

/** `link` is the stored next or delta link (used as is, it carries the options), or null to begin. */
export async function deltaPage(client: Client, mailbox: string, folder: string, link: string | null): Promise<DeltaPage> {
  const response = await client.api(link ?? firstDeltaPath(mailbox, folder))
    .header('Prefer', `odata.maxpagesize=${DELTA_PAGE_SIZE}, IdType="ImmutableId"`)
    .get() as Record<string, unknown>;
  const value = Array.isArray(response['value']) ? response['value'] : [];
  const next = response['@odata.nextLink'];
  const delta = response['@odata.deltaLink'];
  return {
    items: value.map(toDeltaItem),
    nextLink: typeof next === 'string' ? next : null,
    deltaLink: typeof delta === 'string' ? delta : null,
  };
}

export async function mailboxTimeZone(client: Client, mailbox: string): Promise<string | null> {
  const settings = await client.api(`/users/${encodeURIComponent(mailbox)}/mailboxSettings`).select('timeZone').get() as { timeZone?: unknown };
  return typeof settings.timeZone === 'string' ? settings.timeZone : null;
}
