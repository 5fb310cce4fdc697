// One request, start to finish: version → token → route → faults → mailbox limits → permission
// → mailbox → handler; then Graph's headers and innerError. $batch items take the same path.
import { randomUUID } from 'node:crypto';
import { grants, type Authorize } from './auth';
import type { FaultQueue } from './faults';
import type { Limits } from './limits';
import { parsePrefer, parseQuery } from './odata/query';
import { errors, graphError, innerErrorDate, type EmuRequest, type Reply } from './reply';
import { matchRoute, segmentsOf, type Match, type Route } from './router';
import type { RequestLog } from './stats';
import type { Mailbox } from './store/mailbox';
import type { Caller, Ctx, World } from './world';

export interface PipelineDeps {
  readonly world: World;
  readonly routes: readonly Route[];
  readonly authorize: Authorize;
  readonly limits: Limits;
  readonly faults: FaultQueue;
  readonly log: RequestLog;
  /** Service time per request: how long it holds one of its mailbox's concurrency slots. */
  readonly latencyMs: number;
  readonly batch: (ctx: Ctx) => Promise<Reply>;
}

export const JSON_TYPE = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

interface Outcome { readonly reply: Reply; readonly mailbox: string | null }

export function createPipeline(deps: PipelineDeps): (req: EmuRequest) => Promise<Reply> {
  const run = async (req: EmuRequest): Promise<Reply> => {
    const requestId = randomUUID();
    const clientRequestId = req.headers['client-request-id'] ?? requestId;
    let outcome: Outcome;
    try {
      outcome = await dispatch(deps, req, run);
    } catch (err) {
      // An emulator bug, not a Graph behaviour: say so loudly in the body.
      outcome = { reply: graphError(500, 'InternalServerError', `Graph emulator failure: ${(err as Error).stack ?? String(err)}`), mailbox: null };
    }
    const reply = finish(outcome.reply, requestId, clientRequestId, deps.world.now());
    deps.log.requests.push({ method: req.method, path: req.path, query: req.query, status: reply.status, mailbox: outcome.mailbox, at: deps.world.now().getTime() });
    return reply;
  };
  return run;
}

async function authenticate(deps: PipelineDeps, req: EmuRequest): Promise<Caller | Reply> {
  const header = req.headers['authorization'] ?? '';
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined) return errors.unauthenticated('Access token is empty.');
  const auth = await deps.authorize(token).catch(() => null);
  if (auth === null) return errors.unauthenticated('Access token validation failure.');
  return { tenantId: auth.tenantId, roles: new Set(auth.roles), appId: auth.appId ?? '00000000-0000-0000-0000-000000000000', principalId: auth.principalId ?? auth.appId ?? '' };
}

async function dispatch(deps: PipelineDeps, req: EmuRequest, run: (req: EmuRequest) => Promise<Reply>): Promise<Outcome> {
  const none = (reply: Reply): Outcome => ({ reply, mailbox: null });
  const version = /^\/(v1\.0)(\/.*)?$/i.exec(req.path);
  if (version === null) return none(errors.badRequest(`Invalid version: ${req.path.split('/')[1] ?? ''}`));
  const segments = segmentsOf(version[2] ?? '');
  if (segments === null) return none(errors.badRequest('The request URI is not valid.'));
  const caller = await authenticate(deps, req);
  if ('status' in caller) return none(caller);
  if (req.body === INVALID_JSON) return none(errors.invalidJson());
  const ctxFor = (params: Record<string, string>): Ctx => ({
    req, query: parseQuery(req.query), prefer: parsePrefer(req.headers['prefer']), params, caller, world: deps.world, run,
  });
  if (segments.length === 1 && segments[0] === '$batch') {
    return none(req.method === 'POST' ? await deps.batch(ctxFor({})) : errors.methodNotAllowed());
  }
  const match = matchRoute(deps.routes, req.method, segments);
  if ('status' in match) return none(match);
  return admitted(deps, match, ctxFor(match.params));
}

async function admitted(deps: PipelineDeps, match: Match, ctx: Ctx): Promise<Outcome> {
  const userRoute = match.route.scope === 'mailbox';
  const mailbox = userRoute ? deps.world.directory.find(match.params['u'] ?? '') : undefined;
  const key = mailbox?.id ?? (userRoute ? (match.params['u'] ?? '').toLowerCase() : null);
  const outcome = (reply: Reply): Outcome => ({ reply, mailbox: mailbox?.id ?? null });
  const fault = deps.faults.take(key);
  if (fault !== null) return outcome(fault);
  const admission = key === null ? null : deps.limits.enter(key);
  if (admission !== null && !admission.ok) return outcome(errors.throttled(admission.retryAfter));
  try {
    if (deps.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.latencyMs));
    return outcome(await handle(match, ctx, mailbox));
  } finally {
    if (admission?.ok === true) admission.leave();
  }
}

async function handle(match: Match, ctx: Ctx, mailbox: Mailbox | undefined): Promise<Reply> {
  const { route } = match;
  if (!grants(ctx.caller.roles, route.need)) return route.need === 'directory.read' ? errors.directoryDenied() : errors.accessDenied();
  if (route.scope === 'global') return route.handle(ctx);
  if (mailbox === undefined) return route.pattern.length === 2 ? errors.userNotFound(match.params['u'] ?? '') : errors.resourceNotFound();
  if (!mailbox.restEnabled && route.need !== 'directory.read') return errors.mailboxNotEnabled();
  return route.handle(ctx, mailbox);
}

/** Marks a body that was sent but is not JSON (400 after the token check, as Graph orders it). */
export const INVALID_JSON: unique symbol = Symbol('invalid JSON body');

/** request-id / client-request-id headers, JSON content type, innerError on errors. */
export function finish(reply: Reply, requestId: string, clientRequestId: string, now: Date): Reply {
  const headers: Record<string, string> = { ...reply.headers, 'request-id': requestId, 'client-request-id': clientRequestId };
  if (reply.body === undefined) return { status: reply.status, headers };
  headers['Content-Type'] = JSON_TYPE;
  headers['OData-Version'] = '4.0';
  const body = reply.body as { error?: Record<string, unknown> };
  if (typeof body !== 'object' || body === null || typeof body.error !== 'object') return { status: reply.status, headers, body: reply.body };
  const inner = { ...(body.error['innerError'] as Record<string, unknown> | undefined), date: innerErrorDate(now), 'request-id': requestId, 'client-request-id': clientRequestId };
  return { status: reply.status, headers, body: { error: { ...body.error, innerError: inner } } };
}
