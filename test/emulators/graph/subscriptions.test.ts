// Change notifications: the validation handshake, batched notifications on new/changed/deleted
// mail, retries when the receiver fails, lifecycle notifications, renew and delete.
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ANN, APP, incoming, startGraphHarness, startReceiver, TENANT, type GraphHarness, type Receiver } from './harness';

let skewMs = 0;
let h: GraphHarness;
let hook: Receiver;
let client: Client;
const inAnHour = () => new Date(Date.now() + skewMs + 3_600_000).toISOString();

beforeAll(async () => {
  h = await startGraphHarness({ now: () => new Date(Date.now() + skewMs), notificationDelayMs: 30 });
  hook = await startReceiver();
  client = h.client();
});
afterEach(async () => {
  for (const s of h.graph.subscriptions()) await client.api(`/subscriptions/${s.id}`).delete();
  await h.graph.notificationsSettled();
  hook.posts.length = 0;
  hook.echo = (t) => t;
  skewMs = 0;
});
afterAll(async () => {
  await hook.close();
  await h.close();
});

function subscribe(extra: Record<string, unknown> = {}): Promise<{ id: string } & Record<string, unknown>> {
  return client.api('/subscriptions').post({
    changeType: 'created,updated,deleted', notificationUrl: hook.url, resource: `users/${ANN.id}/mailFolders('Inbox')/messages`,
    expirationDateTime: inAnHour(), clientState: 'onus-secret-state', ...extra,
  }) as Promise<{ id: string } & Record<string, unknown>>;
}

describe('creating a subscription', () => {
  it('validates the endpoint, then answers 201 with the subscription', async () => {
    const sub = await subscribe();
    expect(Object.keys(sub)).toEqual(expect.arrayContaining(['@odata.context', 'id', 'resource', 'applicationId', 'changeType', 'clientState', 'notificationUrl', 'lifecycleNotificationUrl', 'expirationDateTime', 'creatorId', 'latestSupportedTlsVersion']));
    expect(sub).toMatchObject({ applicationId: APP.clientId, changeType: 'created,updated,deleted', notificationUrl: hook.url });
    expect(((await client.api('/subscriptions').get()) as { value: { id: string }[] }).value.map((s) => s.id)).toEqual([sub.id]);
  });

  it('answers 400 ValidationError and creates nothing when the endpoint echoes the wrong token', async () => {
    hook.echo = (t) => encodeURIComponent(t);
    const err = (await subscribe().catch((e: unknown) => e)) as GraphError;
    expect([err.statusCode, err.code]).toEqual([400, 'ValidationError']);
    expect(err.message).toMatch(/^Subscription validation request failed\. Response must exactly match validationToken query parameter\./);
    expect(h.graph.subscriptions()).toEqual([]);
  });

  it('rejects an expiration beyond 10,080 minutes and a clientState over 128 characters', async () => {
    const far = await subscribe({ expirationDateTime: new Date(Date.now() + 10_081 * 60_000).toISOString() }).catch((e: unknown) => e);
    expect((far as GraphError).statusCode).toBe(400);
    const long = await subscribe({ clientState: 'x'.repeat(129) }).catch((e: unknown) => e);
    expect((long as GraphError).statusCode).toBe(400);
  });
});

describe('change notifications', () => {
  it('POSTs a batch of created notifications for mail arriving in the subscribed folder, and nothing for other folders', async () => {
    const sub = await subscribe();
    const delivered = [1, 2, 3].map(() => h.graph.deliver(ANN.mail, 'inbox', incoming()));
    h.graph.deliver(ANN.mail, 'archive', incoming());
    await h.graph.notificationsSettled();
    expect(hook.posts).toHaveLength(1);
    const value = hook.posts[0]?.value ?? [];
    expect(value.map((n) => (n['resourceData'] as { id: string }).id)).toEqual(delivered.map((m) => m.id));
    expect(value[0]).toEqual({
      subscriptionId: sub.id, subscriptionExpirationDateTime: sub['expirationDateTime'], changeType: 'created',
      resource: `Users/${ANN.id}/Messages/${delivered[0]?.id}`,
      resourceData: { '@odata.type': '#Microsoft.Graph.Message', '@odata.id': `Users/${ANN.id}/Messages/${delivered[0]?.id}`, '@odata.etag': `W/"${delivered[0]?.changeKey}"`, id: delivered[0]?.id },
      clientState: 'onus-secret-state', tenantId: TENANT,
    });
  });

  it('notifies updated and deleted, including a message moved out of the folder', async () => {
    const [a, b] = [h.graph.deliver(ANN.mail, 'inbox', incoming()), h.graph.deliver(ANN.mail, 'inbox', incoming())];
    await subscribe();
    h.graph.update(ANN.mail, a.id, { isRead: true });
    await client.api(`/users/${ANN.id}/messages/${b.id}`).delete();
    await h.graph.notificationsSettled();
    const changes = hook.posts.flatMap((p) => p.value).map((n) => [n['changeType'], (n['resourceData'] as { id: string }).id]);
    expect(changes).toEqual([['updated', a.id], ['deleted', b.id]]);
  });

  it('notifies new events on a users/{id}/events subscription', async () => {
    await subscribe({ resource: `/users/${ANN.mail}/events`, changeType: 'created' });
    h.graph.addEvent(ANN.mail, { subject: 'Hearing', start: { dateTime: '2024-05-03T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2024-05-03T10:00:00', timeZone: 'UTC' } });
    await h.graph.notificationsSettled();
    const [event] = h.graph.events(ANN.mail);
    expect(hook.posts[0]?.value[0]).toMatchObject({ changeType: 'created', resource: `Users/${ANN.id}/Events/${event?.id}`, resourceData: { '@odata.type': '#Microsoft.Graph.Event', id: event?.id } });
  });

  it('retries a receiver that answers 500, then delivers; every attempt is recorded', async () => {
    await subscribe();
    hook.statuses = [500, 503];
    const before = h.graph.deliveries.length;
    const m = h.graph.deliver(ANN.mail, 'inbox', incoming());
    await h.graph.notificationsSettled();
    expect(h.graph.deliveries.slice(before).map((d) => d.status)).toEqual([500, 503, 202]);
    expect(hook.posts).toHaveLength(3);
    expect((hook.posts[2]?.value[0]?.['resourceData'] as { id: string }).id).toBe(m.id);
  });

  it('stops delivering once the subscription expires or is deleted', async () => {
    const sub = await subscribe();
    skewMs = 2 * 3_600_000;
    h.graph.deliver(ANN.mail, 'inbox', incoming());
    await h.graph.notificationsSettled();
    expect(hook.posts).toEqual([]);
    expect((await client.api(`/subscriptions/${sub.id}`).get().catch((e: unknown) => e) as GraphError).statusCode).toBe(404);
  });
});

describe('renewing and lifecycle events', () => {
  it('renews with PATCH (200), refuses a renewal beyond the maximum, deletes with 204', async () => {
    const sub = await subscribe();
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const renewed = await client.api(`/subscriptions/${sub.id}`).patch({ expirationDateTime: later }) as { expirationDateTime: string };
    expect(Date.parse(renewed.expirationDateTime)).toBe(Date.parse(later));
    const tooFar = await client.api(`/subscriptions/${sub.id}`).patch({ expirationDateTime: new Date(Date.now() + 8 * 86_400_000).toISOString() }).catch((e: unknown) => e);
    expect((tooFar as GraphError).statusCode).toBe(400);
    const deleted = await h.call(`/subscriptions/${sub.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
  });

  it('sends reauthorizationRequired and subscriptionRemoved to the lifecycle URL (validated too)', async () => {
    const lifecycle = await startReceiver();
    try {
      const sub = await subscribe({ lifecycleNotificationUrl: lifecycle.url });
      await h.graph.faults.lifecycle(sub.id, 'reauthorizationRequired');
      expect(lifecycle.posts[0]?.value).toEqual([{
        subscriptionId: sub.id, subscriptionExpirationDateTime: sub['expirationDateTime'], tenantId: TENANT,
        clientState: 'onus-secret-state', lifecycleEvent: 'reauthorizationRequired',
      }]);
      expect((await h.call(`/subscriptions/${sub.id}/reauthorize`, { method: 'POST' })).status).toBe(204);
      await h.graph.faults.lifecycle(sub.id, 'subscriptionRemoved');
      expect(lifecycle.posts[1]?.value[0]?.['lifecycleEvent']).toBe('subscriptionRemoved');
      expect(h.graph.subscriptions()).toEqual([]);
      lifecycle.echo = () => 'wrong';
      const refused = await subscribe({ lifecycleNotificationUrl: lifecycle.url }).catch((e: unknown) => e);
      expect((refused as GraphError).statusCode).toBe(400);
    } finally {
      await lifecycle.close();
    }
  });
});
