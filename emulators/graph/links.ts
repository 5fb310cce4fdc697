// @odata.context and @odata.nextLink values, built from the emulator's own base URL.
import { encodeQuery, withOption, type Query } from './odata/query';
import type { Ctx, World } from './world';

export function contextUrl(world: World, fragment: string): string {
  return `${world.baseUrl()}/$metadata#${fragment}`;
}

/** users('<id>') as Graph writes the user in @odata.context. */
export function userContext(id: string): string {
  return `users('${encodeURIComponent(id)}')`;
}

/** The same request with one option changed, as an absolute link (the client follows it as is). */
export function linkWith(ctx: Ctx, key: string, value: string, query: Query = ctx.query): string {
  const origin = ctx.world.baseUrl().replace(/\/v1\.0$/, '');
  return `${origin}${ctx.req.path}?${encodeQuery(withOption(query, key, value))}`;
}

export interface Paged<T> { readonly value: readonly T[]; readonly nextLink?: string }

/** $top/$skip paging over an already ordered list; nextLink keeps every other option. */
export function skipPage<T>(ctx: Ctx, items: readonly T[], top: number, skip: number): Paged<T> {
  const value = items.slice(skip, skip + top);
  return skip + top < items.length ? { value, nextLink: linkWith(ctx, '$skip', String(skip + top)) } : { value };
}
