// A subscription's resource → mailbox and scope: users/{u}/messages, users/{u}/mailFolders('{f}')/messages,
// users/{u}/mailFolders/{f}/messages, users/{u}/events (each optionally ?$filter=… for messages).
import { compileFilter } from '../odata/filter';
import { parseQuery } from '../odata/query';
import { MESSAGE_SCHEMA } from '../odata/schema';
import { errors, graphError, type Reply } from '../reply';
import { segmentsOf } from '../router';
import type { Directory } from '../store/directory';
import { findFolder, type Mailbox } from '../store/mailbox';
import type { Scope } from './registry';

export interface ParsedResource { readonly mailbox: Mailbox; readonly scope: Scope }

const unsupported = (resource: string) => graphError(400, 'InvalidRequest', `The resource '${resource}' is not supported for change notifications.`);

export function parseResource(resource: unknown, directory: Directory): ParsedResource | Reply {
  if (typeof resource !== 'string' || resource.trim() === '') return graphError(400, 'InvalidRequest', "The 'resource' property is required.");
  const [path = '', query = ''] = resource.split('?', 2);
  const segments = segmentsOf(path.replace(/^\/?(v1\.0\/)?/i, ''));
  if (segments === null) return unsupported(resource);
  const lower = segments.map((s) => s.toLowerCase());
  if (lower[0] === 'me') return errors.noMe();
  if (lower[0] !== 'users' || segments[1] === undefined) return unsupported(resource);
  const mailbox = directory.find(segments[1]);
  if (mailbox === undefined) return graphError(404, 'ExtensionError', 'Operation: Create; Exception: [Status Code: NotFound; Reason: The requested user is invalid.]');
  const rest = lower.slice(2).join('/');
  if (rest === 'events' || rest === 'calendar/events') return { mailbox, scope: { kind: 'events' } };
  let folderId: string | null = null;
  if (lower[2] === 'mailfolders' && lower[4] === 'messages' && lower.length === 5) {
    const folder = findFolder(mailbox, segments[3] ?? '');
    if (folder === undefined) return graphError(404, 'ExtensionError', 'Operation: Create; Exception: [Status Code: NotFound; Reason: The specified folder could not be found in the store.]');
    folderId = folder.id;
  } else if (rest !== 'messages') return unsupported(resource);
  const filterText = parseQuery(query).get('$filter');
  if (filterText === undefined) return { mailbox, scope: { kind: 'messages', folderId, test: null } };
  const filter = compileFilter(filterText, MESSAGE_SCHEMA);
  return 'status' in filter ? filter : { mailbox, scope: { kind: 'messages', folderId, test: filter.test } };
}
