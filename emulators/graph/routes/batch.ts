// POST /v1.0/$batch (json-batching.md): at most 20 requests; each item runs through the whole
// pipeline (token, faults, its mailbox's limits), so a throttled item is a 429 with Retry-After
// inside a 200 batch. Unordered items run 4 at a time (as Graph feeds Outlook); dependsOn waits,
// and the dependents of a failed item answer 424. Responses come back in request order.
import { errors, graphError, json, type EmuRequest, type Reply } from '../reply';
import type { Ctx } from '../world';

export const MAX_BATCH = 20;
const PARALLEL = 4;
const KEPT_HEADERS = ['content-type', 'retry-after', 'preference-applied', 'www-authenticate', 'location', 'odata-version'];

interface Item {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

function parseItems(body: unknown): Item[] | Reply {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return errors.badRequest('Invalid batch payload format.');
  if (requests.length > MAX_BATCH) return errors.badRequest(`The batch contains ${requests.length} requests; the limit is ${MAX_BATCH}.`);
  const items: Item[] = [];
  for (const raw of requests as Record<string, unknown>[]) {
    const { id, method, url } = raw;
    if (typeof id !== 'string' || id === '' || typeof method !== 'string' || typeof url !== 'string') return errors.badRequest('Each batch request needs a string id, method and url.');
    if (/^https?:/i.test(url)) return errors.badRequest('Batch request urls must be relative (e.g. /users/{id}/messages).');
    const headers = Object.fromEntries(Object.entries((raw['headers'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (raw['body'] !== undefined && headers['content-type'] === undefined) return errors.badRequest(`Request ${id}: a Content-Type header is required when a body is present.`);
    const dependsOn = Array.isArray(raw['dependsOn']) ? raw['dependsOn'].map(String) : [];
    items.push({ id, method: method.toUpperCase(), url, headers, body: raw['body'], dependsOn });
  }
  return checkGraph(items) ?? items;
}

/** Unique ids, known dependencies, no cycles. */
function checkGraph(items: readonly Item[]): Reply | null {
  const byId = new Map(items.map((i) => [i.id, i]));
  if (byId.size !== items.length) return errors.badRequest('Request ids must be unique within a batch.');
  for (const item of items) {
    const missing = item.dependsOn.find((d) => !byId.has(d));
    if (missing !== undefined) return errors.badRequest(`Request ${item.id} depends on unknown request ${missing}.`);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cyclic = (id: string): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'visiting') return true;
    state.set(id, 'visiting');
    const found = (byId.get(id)?.dependsOn ?? []).some(cyclic);
    state.set(id, 'done');
    return found;
  };
  return items.some((i) => cyclic(i.id)) ? errors.badRequest('The dependsOn references form a cycle.') : null;
}

function itemRequest(ctx: Ctx, item: Item): EmuRequest {
  const relative = item.url.replace(/^\/?(v1\.0\/)?/i, '/');
  const at = relative.indexOf('?');
  return {
    method: item.method, path: `/v1.0${at < 0 ? relative : relative.slice(0, at)}`, query: at < 0 ? '' : relative.slice(at + 1),
    headers: { ...item.headers, authorization: ctx.req.headers['authorization'] ?? '' }, body: item.body,
  };
}

function itemResponse(id: string, reply: Reply): Record<string, unknown> {
  const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([k]) => KEPT_HEADERS.includes(k.toLowerCase())));
  return { id, status: reply.status, headers, ...(reply.body === undefined ? {} : { body: reply.body }) };
}

export async function batch(ctx: Ctx): Promise<Reply> {
  const items = parseItems(ctx.req.body);
  if (!Array.isArray(items)) return items;
  const byId = new Map(items.map((i) => [i.id, i]));
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => { running -= 1; waiting.shift()?.(); };
  const started = new Map<string, Promise<{ readonly status: number; readonly response: Record<string, unknown> }>>();
  const start = (item: Item) => {
    let promise = started.get(item.id);
    if (promise === undefined) {
      promise = (async () => {
        const deps = await Promise.all(item.dependsOn.map((d) => start(byId.get(d) as Item)));
        if (deps.some((d) => d.status < 200 || d.status >= 300)) {
          return { status: 424, response: itemResponse(item.id, graphError(424, 'FailedDependency', 'The request depends on a request that failed.')) };
        }
        await slot();
        try {
          const reply = await ctx.run(itemRequest(ctx, item));
          return { status: reply.status, response: itemResponse(item.id, reply) };
        } finally {
          release();
        }
      })();
      started.set(item.id, promise);
    }
    return promise;
  };
  const results = await Promise.all(items.map(start));
  return json(200, { responses: results.map((r) => r.response) });
}
