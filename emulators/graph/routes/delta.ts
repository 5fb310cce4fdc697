// GET /users/{u}/mailFolders/{f}/messages/delta: rounds of pages; every page but the last has
// @odata.nextLink ($skiptoken), the last @odata.deltaLink ($deltatoken). Page size: Prefer
// odata.maxpagesize, else $top, else 10 (Graph documents no default). A $filter round stops at 5,000.
import { contextUrl } from '../links';
import { compileFilter } from '../odata/filter';
import { parseView } from '../odata/view';
import { MESSAGE_SCHEMA } from '../odata/schema';
import { projectMessage } from '../project';
import { errors, graphError, json, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import type { Folder, Mailbox } from '../store/mailbox';
import type { Ctx } from '../world';
import { deltaPage, type DeltaItem } from '../delta/page';
import { decodeToken, encodeToken, type DeltaOptions, type DeltaState } from '../delta/token';
import { basicOnly } from '../auth';
import { preferenceApplied } from './message-view';
import { getFolder } from './users';
import { MAX_PAGE } from './messages';

const FILTER_CAP = 5000;
const DEFAULT_DELTA_PAGE = 10;

function initialOptions(ctx: Ctx): DeltaOptions | Reply {
  const q = ctx.query;
  if (q.has('$search')) return errors.badRequest('$search is not supported on delta queries.');
  const filter = q.get('$filter');
  if (filter !== undefined && !/^\s*receivedDateTime\s+(ge|gt)\s+\S+\s*$/i.test(filter)) {
    return graphError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
  }
  const orderby = q.get('$orderby');
  if (orderby !== undefined && !/^\s*receivedDateTime\s+desc\s*$/i.test(orderby)) {
    return graphError(400, 'ErrorInvalidUrlQuery', 'The only $orderby supported on message delta is receivedDateTime desc.');
  }
  const top = q.get('$top');
  if (top !== undefined && !/^\d+$/.test(top)) return errors.badRequest(`Invalid value '${top}' for query option '$top'.`);
  return {
    ...(q.get('$select') === undefined ? {} : { select: q.get('$select') }), ...(filter === undefined ? {} : { filter }),
    ...(q.get('$expand') === undefined ? {} : { expand: q.get('$expand') }), ...(orderby === undefined ? {} : { desc: true }),
    ...(top === undefined ? {} : { size: Math.max(1, Number(top)) }),
  };
}

/** The state this request continues (or starts), or the 400/410 for its token. */
function stateFor(ctx: Ctx, m: Mailbox, folder: Folder): DeltaState | Reply {
  const token = ctx.query.get('$skiptoken') ?? ctx.query.get('$deltatoken');
  if (token === undefined) {
    const o = initialOptions(ctx);
    return 'status' in o ? o : { v: 1, m: m.id, f: folder.id, g: folder.generation, s: 0, u: m.seq, a: null, n: 0, o };
  }
  const state = decodeToken(token);
  if (state === null || state.m !== m.id || state.f !== folder.id) return graphError(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupt or otherwise invalid.');
  if (state.g !== folder.generation) {
    return graphError(410, 'SyncStateNotFound', `The sync state generation is not found; generation=${state.g};[highest=${folder.generation}][${folder.generation}].`);
  }
  return state.u === null ? { ...state, u: m.seq, a: null, n: 0 } : state;
}

function itemJson(item: DeltaItem, show: (m: DeltaItem & { removed: false }) => Record<string, unknown>): Record<string, unknown> {
  if (item.removed) return { '@odata.type': '#microsoft.graph.message', id: item.id, '@removed': { reason: 'deleted' } };
  return { '@odata.type': '#microsoft.graph.message', ...show(item) };
}

function delta(ctx: Ctx, m: Mailbox): Reply {
  const folder = getFolder(ctx, m);
  if ('status' in folder) return folder;
  const state = stateFor(ctx, m, folder);
  if ('status' in state) return state;
  const bodyType = ctx.prefer.get('outlook.body-content-type')?.toLowerCase() === 'text' ? 'text' : 'html';
  const view = parseView(new Map([['$select', state.o.select ?? ''], ['$expand', state.o.expand ?? '']]), bodyType, basicOnly(ctx.caller.roles));
  if ('status' in view) return view;
  const filter = state.o.filter === undefined ? null : compileFilter(state.o.filter, MESSAGE_SCHEMA);
  if (filter !== null && 'status' in filter) return filter;
  const preferred = Number(ctx.prefer.get('odata.maxpagesize'));
  const size = Math.min(MAX_PAGE, Number.isInteger(preferred) && preferred > 0 ? preferred : state.o.size ?? DEFAULT_DELTA_PAGE);
  const capped = filter === null ? size : Math.max(0, Math.min(size, FILTER_CAP - state.n));
  const upto = state.u ?? m.seq;
  const page = deltaPage(m, folder, { since: state.s, upto, after: state.a, size: capped, test: filter?.test ?? null, desc: state.o.desc === true });
  const sent = state.n + page.items.length;
  const more = page.next !== null && !(filter !== null && sent >= FILTER_CAP);
  const link = more
    ? { '@odata.nextLink': linkFor(ctx, m, folder, '$skiptoken', { ...state, u: upto, a: page.next, n: sent }) }
    : { '@odata.deltaLink': linkFor(ctx, m, folder, '$deltatoken', { ...state, s: upto, u: null, a: null, n: 0 }) };
  const extra = ctx.prefer.has('odata.maxpagesize') ? [`odata.maxpagesize=${size}`] : [];
  return json(200, {
    '@odata.context': contextUrl(ctx.world, 'Collection(message)'), ...link,
    value: page.items.map((item) => itemJson(item, (x) => projectMessage(x.message, view))),
  }, preferenceApplied(ctx, extra));
}

function linkFor(ctx: Ctx, m: Mailbox, folder: Folder, key: '$skiptoken' | '$deltatoken', state: DeltaState): string {
  return `${ctx.world.baseUrl()}/users/${encodeURIComponent(m.id)}/mailFolders('${folder.id}')/messages/delta?${key}=${encodeToken(state)}`;
}

export const deltaRoutes: readonly Route[] = [
  mailboxRoute('GET', 'mailFolders/:f/messages/delta', 'mail.read', delta),
  mailboxRoute('GET', 'messages/delta', 'mail.read', () => errors.notImplemented('Change tracking works per folder: use /mailFolders/{id}/messages/delta.')),
];
