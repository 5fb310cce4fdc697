// /users, /users/{u}, /users/{u}/mailboxSettings[/…], /users/{u}/mailFolders[/{f}].
import { contextUrl, userContext } from '../links';
import { compileFilter } from '../odata/filter';
import { USER_SCHEMA } from '../odata/schema';
import { errors, graphError, json, type Reply } from '../reply';
import { globalRoute, mailboxRoute, type Route } from '../router';
import { findFolder, type Folder, type Mailbox } from '../store/mailbox';
import type { Ctx } from '../world';

function userJson(m: Mailbox): Record<string, unknown> {
  const [givenName = m.displayName, ...rest] = m.displayName.split(' ');
  return {
    businessPhones: [], displayName: m.displayName, givenName, jobTitle: null, mail: m.mail, mobilePhone: null,
    officeLocation: null, preferredLanguage: 'en-US', surname: rest.join(' ') || null, userPrincipalName: m.mail, id: m.id,
  };
}

function selectFrom(record: Record<string, unknown>, select: string | undefined): Record<string, unknown> {
  if (select === undefined) return record;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(record).filter(([k]) => k === 'id' || wanted.has(k.toLowerCase())));
}

function listUsers(ctx: Ctx): Reply {
  const filterText = ctx.query.get('$filter');
  const filter = filterText === undefined ? null : compileFilter(filterText, USER_SCHEMA);
  if (filter !== null && 'status' in filter) return filter;
  const users = ctx.world.directory.all().map(userJson).filter((u) => filter === null || filter.test(u));
  return json(200, { '@odata.context': contextUrl(ctx.world, 'users'), value: users.map((u) => selectFrom(u, ctx.query.get('$select'))) });
}

function settingsJson(m: Mailbox): Record<string, unknown> {
  return {
    automaticRepliesSetting: m.automaticReplies, archiveFolder: findFolder(m, 'archive')?.id ?? null, timeZone: m.timeZone,
    language: { locale: 'en-US', displayName: 'English (United States)' }, workingHours: m.workingHours,
    dateFormat: 'MM/dd/yyyy', timeFormat: 'hh:mm tt', delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

function oneSetting(ctx: Ctx, m: Mailbox): Reply {
  const all = settingsJson(m);
  const name = Object.keys(all).find((k) => k.toLowerCase() === (ctx.params['setting'] ?? '').toLowerCase());
  if (name === undefined) return errors.segment(ctx.params['setting'] ?? '');
  const value = all[name];
  const context = contextUrl(ctx.world, `${userContext(m.id)}/mailboxSettings/${name}`);
  return json(200, typeof value === 'object' && value !== null ? { '@odata.context': context, ...value } : { '@odata.context': context, value });
}

function folderJson(m: Mailbox, f: Folder): Record<string, unknown> {
  let unread = 0;
  for (const id of f.ids) if (m.messages.get(id)?.message.isRead === false) unread += 1;
  return {
    id: f.id, displayName: f.displayName, parentFolderId: m.rootFolderId, childFolderCount: 0,
    unreadItemCount: unread, totalItemCount: f.ids.size, sizeInBytes: 0, isHidden: false,
  };
}

export function getFolder(ctx: Ctx, m: Mailbox): Folder | Reply {
  const key = ctx.params['f'] ?? '';
  const folder = findFolder(m, key);
  if (folder !== undefined) return folder;
  return /^[a-z]+$/i.test(key) ? graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.') : errors.itemNotFound();
}

export const userRoutes: readonly Route[] = [
  globalRoute('GET', 'users', 'directory.read', listUsers),
  mailboxRoute('GET', '', 'directory.read', (ctx, m) => json(200, { '@odata.context': contextUrl(ctx.world, 'users/$entity'), ...selectFrom(userJson(m), ctx.query.get('$select')) })),
  mailboxRoute('GET', 'mailboxSettings', 'settings.read', (ctx, m) => json(200, {
    '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/mailboxSettings`), ...selectFrom(settingsJson(m), ctx.query.get('$select')),
  })),
  mailboxRoute('GET', 'mailboxSettings/:setting', 'settings.read', oneSetting),
  mailboxRoute('GET', 'mailFolders', 'mail.read', (ctx, m) => json(200, {
    '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/mailFolders`), value: m.folders.map((f) => folderJson(m, f)),
  })),
  mailboxRoute('GET', 'mailFolders/:f', 'mail.read', (ctx, m) => {
    const folder = getFolder(ctx, m);
    return 'status' in folder ? folder : json(200, { '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/mailFolders/$entity`), ...folderJson(m, folder) });
  }),
];
