// /subscriptions: create (after the validation handshake), list, get, renew (PATCH), delete,
// reauthorize. Each app sees only its own subscriptions.
import { randomUUID } from 'node:crypto';
import { grants } from '../auth';
import { graphDate7 } from '../format';
import { contextUrl } from '../links';
import { validateEndpoint } from '../notify/handshake';
import type { SubscriptionRecord } from '../notify/registry';
import { parseResource } from '../notify/resource';
import { checkExpiration, checkSubscriptionBody } from '../notify/subscription-body';
import { graphError, json, type Reply } from '../reply';
import { globalRoute, type Route } from '../router';
import type { Subscription } from '../types';
import type { Ctx } from '../world';

const notFound = () => graphError(404, 'ResourceNotFound', 'The object was not found.');

function owned(ctx: Ctx): SubscriptionRecord | Reply {
  const record = ctx.world.subscriptions.get(ctx.params['id'] ?? '');
  return record === undefined || record.subscription.applicationId !== ctx.caller.appId ? notFound() : record;
}

async function handshakes(urls: readonly string[]): Promise<Reply | null> {
  for (const url of urls) {
    const failure = await validateEndpoint(url);
    if (failure === null) continue;
    const message = failure.reason === 'echo'
      ? 'Subscription validation request failed. Response must exactly match validationToken query parameter.'
      : 'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.';
    return graphError(400, 'ValidationError', `${message} (${url} ${failure.detail})`);
  }
  return null;
}

async function create(ctx: Ctx): Promise<Reply> {
  const body = checkSubscriptionBody(ctx.req.body, ctx.world.now());
  if ('status' in body) return body;
  const target = parseResource(body.resource, ctx.world.directory);
  if ('status' in target) return target;
  if (!grants(ctx.caller.roles, target.scope.kind === 'events' ? 'calendar.read' : 'mail.read')) {
    return graphError(403, 'ExtensionError', 'Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied. Check credentials and try again.]');
  }
  const failed = await handshakes([body.notificationUrl, ...(body.lifecycleNotificationUrl === null ? [] : [body.lifecycleNotificationUrl])]);
  if (failed !== null) return failed;
  const subscription: Subscription = {
    id: randomUUID(), resource: String(body.resource), applicationId: ctx.caller.appId, changeType: body.changeType,
    clientState: body.clientState, notificationUrl: body.notificationUrl, notificationQueryOptions: null, notificationContentType: null,
    lifecycleNotificationUrl: body.lifecycleNotificationUrl, expirationDateTime: graphDate7(new Date(body.expiresAt)),
    creatorId: ctx.caller.principalId, includeResourceData: null, latestSupportedTlsVersion: body.latestSupportedTlsVersion,
    encryptionCertificate: null, encryptionCertificateId: null, notificationUrlAppId: null,
  };
  ctx.world.subscriptions.add({ subscription, tenantId: ctx.caller.tenantId, mailboxId: target.mailbox.id, scope: target.scope, changeTypes: body.changeTypes, needsReauthorization: false });
  return json(201, { '@odata.context': contextUrl(ctx.world, 'subscriptions/$entity'), ...subscription });
}

function renew(ctx: Ctx): Reply {
  const record = owned(ctx);
  if ('status' in record) return record;
  const body = (ctx.req.body ?? {}) as Record<string, unknown>;
  const expiresAt = checkExpiration(body['expirationDateTime'], ctx.world.now());
  if (typeof expiresAt !== 'number') return expiresAt;
  record.subscription = { ...record.subscription, expirationDateTime: graphDate7(new Date(expiresAt)) };
  record.needsReauthorization = false;
  return json(200, { '@odata.context': contextUrl(ctx.world, 'subscriptions/$entity'), ...record.subscription });
}

export const subscriptionRoutes: readonly Route[] = [
  globalRoute('POST', 'subscriptions', 'none', create),
  globalRoute('GET', 'subscriptions', 'none', (ctx) => json(200, {
    '@odata.context': contextUrl(ctx.world, 'subscriptions'),
    value: ctx.world.subscriptions.live().filter((r) => r.subscription.applicationId === ctx.caller.appId).map((r) => r.subscription),
  })),
  globalRoute('GET', 'subscriptions/:id', 'none', (ctx) => {
    const record = owned(ctx);
    return 'status' in record ? record : json(200, { '@odata.context': contextUrl(ctx.world, 'subscriptions/$entity'), ...record.subscription });
  }),
  globalRoute('PATCH', 'subscriptions/:id', 'none', renew),
  globalRoute('DELETE', 'subscriptions/:id', 'none', (ctx) => {
    const record = owned(ctx);
    if ('status' in record) return record;
    ctx.world.subscriptions.remove(record.subscription.id);
    return { status: 204 };
  }),
  globalRoute('POST', 'subscriptions/:id/reauthorize', 'none', (ctx) => {
    const record = owned(ctx);
    if ('status' in record) return record;
    record.needsReauthorization = false;
    return { status: 204 };
  }),
];
