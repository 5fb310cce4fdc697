// One mailbox's state: folders, messages, events and the change sequence delta rounds read.
// Every create/update/delete takes the next sequence number; each folder keeps an append-only
// log of (seq, id, removed) so a delta page is a binary search plus a short scan, not a sort.
import { exchangeId } from '../format';
import type { AutomaticRepliesSetting, GraphEvent, GraphMessage, MailboxInit, WellKnownFolder, WorkingHours } from '../types';
import { windowsZoneName } from '../zones';

export interface LogEntry { readonly seq: number; readonly id: string; readonly removed: boolean }

export interface Folder {
  readonly id: string;
  readonly wellKnown: WellKnownFolder;
  readonly displayName: string;
  readonly ids: Set<string>;
  readonly log: LogEntry[];
  /** Bumped by faults.expireSyncState: tokens of older generations answer 410. */
  generation: number;
}

export interface StoredMessage { readonly message: GraphMessage; readonly seq: number }
export interface StoredEvent { readonly event: GraphEvent; readonly startMs: number; readonly endMs: number }

export interface Mailbox {
  readonly id: string;
  readonly mail: string;
  readonly displayName: string;
  readonly timeZone: string;
  readonly workingHours: WorkingHours;
  readonly automaticReplies: AutomaticRepliesSetting;
  readonly restEnabled: boolean;
  readonly rootFolderId: string;
  readonly folders: readonly Folder[];
  readonly messages: Map<string, StoredMessage>;
  readonly events: Map<string, StoredEvent>;
  /** Last change sequence number handed out. */
  seq: number;
  /** Items created so far (seeds ids). */
  counter: number;
}

export const FOLDER_NAMES: Readonly<Record<WellKnownFolder, string>> = {
  inbox: 'Inbox', sentitems: 'Sent Items', drafts: 'Drafts', deleteditems: 'Deleted Items',
  archive: 'Archive', junkemail: 'Junk Email', outbox: 'Outbox',
};

export function createMailbox(init: MailboxInit): Mailbox {
  const timeZone = init.timeZone ?? 'America/New_York';
  const folders = (Object.keys(FOLDER_NAMES) as WellKnownFolder[]).map((wellKnown) => ({
    id: exchangeId('AAMkAD', `${init.id}/folder/${wellKnown}`), wellKnown, displayName: FOLDER_NAMES[wellKnown],
    ids: new Set<string>(), log: [], generation: 1,
  }));
  return {
    id: init.id, mail: init.mail, displayName: init.displayName, timeZone, restEnabled: init.restEnabled ?? true,
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:00:00.0000000', endTime: '17:00:00.0000000',
      timeZone: { name: windowsZoneName(timeZone) }, ...init.workingHours,
    },
    automaticReplies: {
      status: 'disabled', externalAudience: 'all',
      scheduledStartDateTime: { dateTime: '2024-01-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2024-01-02T00:00:00.0000000', timeZone: 'UTC' },
      internalReplyMessage: '', externalReplyMessage: '', ...init.automaticReplies,
    },
    rootFolderId: exchangeId('AAMkAD', `${init.id}/folder/msgfolderroot`), folders, messages: new Map(), events: new Map(), seq: 0, counter: 0,
  };
}

/** A folder by well-known name (any case) or by id (exact). */
export function findFolder(mailbox: Mailbox, nameOrId: string): Folder | undefined {
  const lower = nameOrId.toLowerCase();
  return mailbox.folders.find((f) => f.wellKnown === lower || f.id === nameOrId);
}

export function folderOf(mailbox: Mailbox, wellKnown: WellKnownFolder): Folder {
  const folder = findFolder(mailbox, wellKnown);
  if (folder === undefined) throw new Error(`unknown well-known folder '${wellKnown}'`);
  return folder;
}

export function folderById(mailbox: Mailbox, id: string): Folder | undefined {
  return mailbox.folders.find((f) => f.id === id);
}

/** The mailbox's own address as a recipient. */
export function selfRecipient(mailbox: Mailbox): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name: mailbox.displayName, address: mailbox.mail } };
}
