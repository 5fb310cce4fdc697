// Shared by list, item and delta: the view a request asks for, and the Preference-Applied header.
import { basicOnly } from '../auth';
import { parseView, type MessageView } from '../odata/view';
import type { Reply } from '../reply';
import type { Ctx } from '../world';

export function viewFor(ctx: Ctx): MessageView | Reply {
  const bodyType = ctx.prefer.get('outlook.body-content-type')?.toLowerCase() === 'text' ? 'text' : 'html';
  return parseView(ctx.query, bodyType, basicOnly(ctx.caller.roles));
}

/** Preference-Applied for the preferences this emulator honours (extra: e.g. odata.maxpagesize=N). */
export function preferenceApplied(ctx: Ctx, extra: readonly string[] = []): Record<string, string> {
  const applied: string[] = [];
  const bodyType = ctx.prefer.get('outlook.body-content-type');
  if (bodyType !== undefined) applied.push(`outlook.body-content-type="${bodyType.toLowerCase() === 'text' ? 'text' : 'html'}"`);
  if (ctx.prefer.get('idtype')?.toLowerCase() === 'immutableid') applied.push('IdType="ImmutableId"');
  applied.push(...extra);
  return applied.length === 0 ? {} : { 'Preference-Applied': applied.join(', ') };
}

export function isView(v: MessageView | Reply): v is MessageView {
  return !('status' in v);
}
