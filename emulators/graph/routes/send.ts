// POST /users/{u}/sendMail (202) and POST /users/{u}/messages/{id}/reply (202).
import { childConversationIndex } from '../format';
import { escapeHtml } from '../html';
import { sendMessage } from '../mail-flow';
import { convertBody } from '../project';
import { errors, graphError, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import type { Mailbox } from '../store/mailbox';
import { normaliseBody } from '../store/message-build';
import type { GraphMessage, InternetMessageHeader, Recipient, SeedMessage } from '../types';
import type { Ctx } from '../world';
import { findMessage, isMessage } from './message-item';

const MAX_RECIPIENTS = 500;

function recipients(value: unknown): Recipient[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const ok = value.every((r) => typeof (r as Recipient | undefined)?.emailAddress?.address === 'string' && (r as Recipient).emailAddress.address.includes('@'));
  return ok ? (value as Recipient[]) : null;
}

/** The message part of a sendMail/reply body, checked as Exchange checks it. */
function draftFrom(raw: unknown, requireRecipients: boolean): SeedMessage | Reply {
  const m = (raw ?? {}) as Record<string, unknown>;
  const [to, cc, bcc] = [recipients(m['toRecipients']), recipients(m['ccRecipients']), recipients(m['bccRecipients'])];
  if (to === null || cc === null || bcc === null) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  const count = to.length + cc.length + bcc.length;
  if (requireRecipients && count === 0) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  if (count > MAX_RECIPIENTS) return graphError(400, 'ErrorTooManyRecipients', `A message can have at most ${MAX_RECIPIENTS} recipients.`);
  const headers = (m['internetMessageHeaders'] ?? []) as InternetMessageHeader[];
  const bad = headers.find((h) => !/^x-/i.test(h.name));
  if (bad !== undefined) return graphError(400, 'InvalidInternetMessageHeader', `The internet message header name '${bad.name}' should start with 'x-' or 'X-'.`);
  const attachments = ((m['attachments'] ?? []) as { name?: string; contentType?: string; contentBytes?: string; isInline?: boolean }[])
    .map((a) => ({ name: a.name ?? 'attachment', contentType: a.contentType ?? 'application/octet-stream', ...(a.contentBytes === undefined ? {} : { contentBytes: a.contentBytes }), isInline: a.isInline ?? false }));
  return {
    subject: typeof m['subject'] === 'string' ? m['subject'] : '', body: normaliseBody(m['body'] as { contentType?: string; content?: string } | undefined),
    toRecipients: to, ccRecipients: cc, bccRecipients: bcc, internetMessageHeaders: headers, attachments,
    ...(Array.isArray(m['replyTo']) ? { replyTo: m['replyTo'] as Recipient[] } : {}),
    ...(m['importance'] === 'low' || m['importance'] === 'high' ? { importance: m['importance'] } : {}),
  };
}

function sendMail(ctx: Ctx, m: Mailbox): Reply {
  if (typeof ctx.req.body === 'string') return errors.notImplemented('MIME sendMail is not emulated; send JSON.');
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (body === undefined || typeof body['message'] !== 'object') return errors.badRequest("The 'message' parameter is required.");
  const draft = draftFrom(body['message'], true);
  if ('status' in draft) return draft;
  const save = body['saveToSentItems'];
  sendMessage(ctx.world, m, draft, !(save === false || String(save).toLowerCase() === 'false'));
  return { status: 202 };
}

function quoted(original: GraphMessage, lead: string): string {
  const who = (r: Recipient | null) => escapeHtml(r === null ? '' : `${r.emailAddress.name ?? r.emailAddress.address} <${r.emailAddress.address}>`);
  return `<html><body>${lead}<hr><div><b>From:</b> ${who(original.from)}<br><b>Sent:</b> ${original.sentDateTime}<br><b>Subject:</b> ${escapeHtml(original.subject)}</div>${convertBody(original.body, 'html').content}</body></html>`;
}

function reply(ctx: Ctx, m: Mailbox): Reply {
  const original = findMessage(m, ctx.params['id'] ?? '');
  if (!isMessage(original)) return original;
  const body = (ctx.req.body ?? {}) as { comment?: unknown; message?: { body?: unknown } };
  if (body.comment !== undefined && body.message?.body !== undefined) return errors.badRequest('Specify either a comment or message.body, not both.');
  const draft = draftFrom(body.message, false);
  if ('status' in draft) return draft;
  const mine = original.from?.emailAddress.address.toLowerCase() === m.mail.toLowerCase();
  const to = (draft.toRecipients ?? []).length > 0 ? draft.toRecipients : mine ? original.toRecipients : original.replyTo.length > 0 ? original.replyTo : original.from === null ? [] : [original.from];
  const lead = typeof body.comment === 'string' ? `<p>${escapeHtml(body.comment)}</p>` : convertBody(normaliseBody(draft.body), 'html').content;
  sendMessage(ctx.world, m, {
    ...draft, toRecipients: to, subject: /^re:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`,
    body: { contentType: 'html', content: quoted(original, lead) }, conversationId: original.conversationId,
    conversationIndex: childConversationIndex(original.conversationIndex, `${m.id}/reply/${m.counter}`),
    internetMessageHeaders: [...(draft.internetMessageHeaders ?? []), { name: 'In-Reply-To', value: original.internetMessageId }, { name: 'References', value: original.internetMessageId }],
  }, true);
  return { status: 202 };
}

export const sendRoutes: readonly Route[] = [
  mailboxRoute('POST', 'sendMail', 'mail.send', sendMail),
  mailboxRoute('POST', 'messages/:id/reply', 'mail.send', reply),
];
