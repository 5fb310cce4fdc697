// GET /users/{u}/messages and /users/{u}/mailFolders/{f}/messages: $filter, $orderby (with the
// InefficientFilter rule), $select, $expand, $top (1–1000, default 10), $skip paging, $count.
import { contextUrl, skipPage, userContext } from '../links';
import { compileFilter, type CompiledFilter } from '../odata/filter';
import { inefficientFilter, parseOrderBy, sortBy, type OrderKey } from '../odata/orderby';
import { intOption } from '../odata/query';
import { MESSAGE_SCHEMA } from '../odata/schema';
import { projectMessage } from '../project';
import { errors, json, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import type { Folder, Mailbox } from '../store/mailbox';
import type { GraphMessage } from '../types';
import type { Ctx } from '../world';
import { isView, preferenceApplied, viewFor } from './message-view';
import { getFolder } from './users';

export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 1000;
const DEFAULT_ORDER: readonly OrderKey[] = [{ path: ['receivedDateTime'], type: 'date', desc: true }];

/** One cached result per mailbox: paging through a 10,000-message folder sorts it once, not per page. */
const cache = new WeakMap<Mailbox, { readonly key: string; readonly seq: number; readonly items: readonly GraphMessage[] }>();

function matching(m: Mailbox, folder: Folder | null, filter: CompiledFilter | null, order: readonly OrderKey[], key: string): readonly GraphMessage[] {
  const hit = cache.get(m);
  if (hit !== undefined && hit.key === key && hit.seq === m.seq) return hit.items;
  const source = folder === null ? [...m.messages.values()].map((s) => s.message) : [...folder.ids].map((id) => m.messages.get(id)?.message).filter((x): x is GraphMessage => x !== undefined);
  const items = sortBy(filter === null ? source : source.filter(filter.test), order, (x) => x.id);
  cache.set(m, { key, seq: m.seq, items });
  return items;
}

interface ListQuery { readonly filter: CompiledFilter | null; readonly order: readonly OrderKey[]; readonly top: number; readonly skip: number }

function parseListQuery(ctx: Ctx): ListQuery | Reply {
  if (ctx.query.has('$search')) return errors.notImplemented('$search is not emulated; use $filter.');
  const filterText = ctx.query.get('$filter');
  const filter = filterText === undefined ? null : compileFilter(filterText, MESSAGE_SCHEMA);
  if (filter !== null && 'status' in filter) return filter;
  const orderText = ctx.query.get('$orderby');
  const order = orderText === undefined ? DEFAULT_ORDER : parseOrderBy(orderText, MESSAGE_SCHEMA);
  if ('status' in order) return order;
  if (filter !== null && orderText !== undefined) {
    const inefficient = inefficientFilter(filter.properties, order);
    if (inefficient !== null) return inefficient;
  }
  const top = intOption(ctx.query.get('$top'), '$top', 1);
  const skip = intOption(ctx.query.get('$skip'), '$skip', 0);
  if (typeof top === 'string') return errors.badRequest(top);
  if (typeof skip === 'string') return errors.badRequest(skip);
  return { filter, order, top: Math.min(top ?? DEFAULT_PAGE, MAX_PAGE), skip: skip ?? 0 };
}

function listMessages(ctx: Ctx, m: Mailbox, folder: Folder | null): Reply {
  const view = viewFor(ctx);
  if (!isView(view)) return view;
  const q = parseListQuery(ctx);
  if ('status' in q) return q;
  const key = `${folder?.id ?? '*'}|${ctx.query.get('$filter') ?? ''}|${ctx.query.get('$orderby') ?? ''}`;
  const items = matching(m, folder, q.filter, q.order, key);
  const page = skipPage(ctx, items, q.top, q.skip);
  const where = folder === null ? 'messages' : `mailFolders('${folder.wellKnown}')/messages`;
  const selected = view.select === null ? '' : `(${view.select.join(',')})`;
  return json(200, {
    '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/${where}${selected}`),
    ...(ctx.query.get('$count')?.toLowerCase() === 'true' ? { '@odata.count': items.length } : {}),
    value: page.value.map((x) => projectMessage(x, view)),
    ...(page.nextLink === undefined ? {} : { '@odata.nextLink': page.nextLink }),
  }, preferenceApplied(ctx));
}

export const messageListRoutes: readonly Route[] = [
  mailboxRoute('GET', 'messages', 'mail.read', (ctx, m) => listMessages(ctx, m, null)),
  mailboxRoute('GET', 'mailFolders/:f/messages', 'mail.read', (ctx, m) => {
    const folder = getFolder(ctx, m);
    return 'status' in folder ? folder : listMessages(ctx, m, folder);
  }),
];
