// GET/PATCH/DELETE /users/{u}/messages/{id} (and …/mailFolders/{f}/messages/{id} for GET).
import { looksLikeExchangeId } from '../format';
import { contextUrl, userContext } from '../links';
import { projectMessage } from '../project';
import { errors, graphError, json, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import { removeMessage, updateMessage } from '../store/changes';
import { findFolder, type Mailbox } from '../store/mailbox';
import { normaliseBody } from '../store/message-build';
import type { GraphMessage } from '../types';
import type { Ctx } from '../world';
import { isView, preferenceApplied, viewFor } from './message-view';

const ALWAYS_WRITABLE = new Set(['isRead', 'categories', 'flag', 'importance', 'inferenceClassification', 'isDeliveryReceiptRequested', 'isReadReceiptRequested']);
const DRAFT_WRITABLE = new Set(['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'from', 'sender', 'internetMessageId']);

export function findMessage(m: Mailbox, id: string, folderKey?: string): GraphMessage | Reply {
  if (!looksLikeExchangeId(id)) return errors.idMalformed();
  const message = m.messages.get(id)?.message;
  if (message === undefined) return errors.itemNotFound();
  if (folderKey !== undefined && findFolder(m, folderKey)?.id !== message.parentFolderId) return errors.itemNotFound();
  return message;
}

export function isMessage(x: GraphMessage | Reply): x is GraphMessage {
  return !('status' in x);
}

function getMessage(ctx: Ctx, m: Mailbox): Reply {
  const view = viewFor(ctx);
  if (!isView(view)) return view;
  const message = findMessage(m, ctx.params['id'] ?? '', ctx.params['f']);
  if (!isMessage(message)) return message;
  const selected = view.select === null ? '' : `(${view.select.join(',')})`;
  return json(200, { '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/messages${selected}/$entity`), ...projectMessage(message, view) }, preferenceApplied(ctx));
}

/** The patch Graph would accept, or its 400. */
export function checkPatch(body: unknown, message: GraphMessage): Partial<GraphMessage> | Reply {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return errors.invalidJson();
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key.startsWith('@odata.')) continue;
    if (!ALWAYS_WRITABLE.has(key) && !DRAFT_WRITABLE.has(key)) return graphError(400, 'ErrorInvalidProperty', `The property '${key}' is read-only and cannot be set.`);
    if (DRAFT_WRITABLE.has(key) && !message.isDraft) return graphError(400, 'ErrorInvalidPropertyUpdateSentMessage', 'Update operation is not allowed on a message that is not a draft.');
    patch[key] = key === 'body' ? normaliseBody(value as { contentType?: string; content?: string }) : value;
  }
  const flag = patch['flag'] as { dueDateTime?: unknown; startDateTime?: unknown } | undefined;
  if (flag !== undefined && flag.dueDateTime !== undefined && flag.startDateTime === undefined) {
    return errors.invalidParameter('The flag dueDateTime cannot be set without startDateTime.');
  }
  return patch as Partial<GraphMessage>;
}

function patchMessage(ctx: Ctx, m: Mailbox): Reply {
  const message = findMessage(m, ctx.params['id'] ?? '');
  if (!isMessage(message)) return message;
  const patch = checkPatch(ctx.req.body, message);
  if ('status' in patch) return patch;
  const change = updateMessage(m, message.id, patch, ctx.world.now());
  if (change === null) return errors.itemNotFound();
  ctx.world.emit(change);
  const view = viewFor(ctx);
  if (!isView(view) || change.after === null) return errors.itemNotFound();
  return json(200, { '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/messages/$entity`), ...projectMessage(change.after as GraphMessage, view) });
}

/** DELETE moves the message to Deleted Items (as Outlook does); deleting it there removes it. */
function deleteMessage(ctx: Ctx, m: Mailbox): Reply {
  const message = findMessage(m, ctx.params['id'] ?? '');
  if (!isMessage(message)) return message;
  const bin = findFolder(m, 'deleteditems');
  const change = bin === undefined || message.parentFolderId === bin.id
    ? removeMessage(m, message.id)
    : updateMessage(m, message.id, { parentFolderId: bin.id }, ctx.world.now());
  if (change !== null) ctx.world.emit(change);
  return { status: 204 };
}

export const messageItemRoutes: readonly Route[] = [
  mailboxRoute('GET', 'messages/:id', 'mail.read', getMessage),
  mailboxRoute('GET', 'mailFolders/:f/messages/:id', 'mail.read', getMessage),
  mailboxRoute('PATCH', 'messages/:id', 'mail.write', patchMessage),
  mailboxRoute('DELETE', 'messages/:id', 'mail.write', deleteMessage),
];
