// Path → route. Graph matches segment names case-insensitively and accepts both key forms,
// mailFolders/inbox and mailFolders('Inbox'); ids and addresses stay case-sensitive here.
import { errors, type Reply } from './reply';
import type { Mailbox } from './store/mailbox';
import type { Ctx } from './world';

export type Need = 'mail.read' | 'mail.write' | 'mail.send' | 'calendar.read' | 'calendar.write' | 'settings.read' | 'directory.read' | 'none';

interface RouteBase {
  readonly method: string;
  /** Segments; ":name" captures. Mailbox routes start users/:u. */
  readonly pattern: readonly string[];
  readonly need: Need;
}

export type Route =
  | RouteBase & { readonly scope: 'mailbox'; readonly handle: (ctx: Ctx, mailbox: Mailbox) => Reply | Promise<Reply> }
  | RouteBase & { readonly scope: 'global'; readonly handle: (ctx: Ctx) => Reply | Promise<Reply> };

type Handler<M> = (ctx: Ctx, mailbox: M) => Reply | Promise<Reply>;

/** A route on users/:u/…: the pipeline resolves the mailbox (404s) before calling it. */
export function mailboxRoute(method: string, path: string, need: Need, handle: Handler<Mailbox>): Route {
  return { method, pattern: ['users', ':u', ...path.split('/').filter((s) => s !== '')], need, scope: 'mailbox', handle };
}

export function globalRoute(method: string, path: string, need: Need, handle: (ctx: Ctx) => Reply | Promise<Reply>): Route {
  return { method, pattern: path.split('/').filter((s) => s !== ''), need, scope: 'global', handle };
}

export interface Match { readonly route: Route; readonly params: Record<string, string> }

/** "users('a%40b.com')/mailFolders('Inbox')/messages" → ["users", "a@b.com", "mailFolders", "Inbox", "messages"]. */
export function segmentsOf(path: string): string[] | null {
  const out: string[] = [];
  try {
    for (const raw of path.split('/').filter((s) => s !== '')) {
      const key = /^([^(]+)\(\s*'?(.*?)'?\s*\)$/.exec(raw);
      if (key?.[1] !== undefined && key[2] !== undefined) out.push(decodeURIComponent(key[1]), decodeURIComponent(key[2]));
      else out.push(decodeURIComponent(raw));
    }
  } catch {
    return null;
  }
  return out;
}

function fits(pattern: readonly string[], segments: readonly string[], upTo: number): boolean {
  for (let i = 0; i < upTo; i += 1) {
    const p = pattern[i];
    const s = segments[i];
    if (p === undefined || s === undefined) return false;
    if (!p.startsWith(':') && p.toLowerCase() !== s.toLowerCase()) return false;
  }
  return true;
}

export function matchRoute(routes: readonly Route[], method: string, segments: readonly string[]): Match | Reply {
  if (segments[0]?.toLowerCase() === 'me') return errors.noMe();
  const samePath = routes.filter((r) => r.pattern.length === segments.length && fits(r.pattern, segments, segments.length));
  const route = samePath.find((r) => r.method === method);
  if (route !== undefined) {
    const params: Record<string, string> = {};
    route.pattern.forEach((p, i) => { if (p.startsWith(':')) params[p.slice(1)] = segments[i] ?? ''; });
    return { route, params };
  }
  if (samePath.length > 0) return errors.methodNotAllowed();
  // The first segment no route knows is the one Graph names.
  for (let depth = 1; depth <= segments.length; depth += 1) {
    if (!routes.some((r) => fits(r.pattern, segments, depth))) return errors.segment(segments[depth - 1] ?? '');
  }
  return errors.segment(segments[segments.length - 1] ?? '');
}
