// The test-facing side of the emulator: put mail and events in place, change and remove them,
// inject faults. Everything goes through the same store functions the HTTP routes use.
import type { Limits } from './limits';
import type { FaultQueue } from './faults';
import type { Notifier } from './notify/delivery';
import { insertMessage, putEvent, removeMessage, updateMessage } from './store/changes';
import { buildEvent } from './store/event-build';
import { folderOf, type Mailbox } from './store/mailbox';
import { buildMessage, normaliseBody } from './store/message-build';
import type { GraphMessage, SeedEvent, SeedMessage, WellKnownFolder } from './types';
import type { World } from './world';

export function deliver(world: World, mailbox: string, folder: WellKnownFolder, seed: SeedMessage): GraphMessage {
  const m = world.directory.get(mailbox);
  const message = buildMessage(m, folderOf(m, folder), seed, world.now());
  world.emit(insertMessage(m, message));
  return message;
}

export function seed(world: World, mailbox: string, folder: WellKnownFolder, seeds: readonly SeedMessage[]): void {
  const m = world.directory.get(mailbox);
  const target = folderOf(m, folder);
  const now = world.now();
  for (const s of seeds) insertMessage(m, buildMessage(m, target, s, now));
}

export function update(world: World, mailbox: string, id: string, patch: Partial<GraphMessage>): void {
  const m = world.directory.get(mailbox);
  const normalised = patch.body === undefined ? patch : { ...patch, body: normaliseBody(patch.body) };
  const change = updateMessage(m, id, normalised, world.now());
  if (change === null) throw new Error(`no message ${id} in ${m.mail}`);
  world.emit(change);
}

export function remove(world: World, mailbox: string, id: string): void {
  const m = world.directory.get(mailbox);
  const change = removeMessage(m, id);
  if (change === null) throw new Error(`no message ${id} in ${m.mail}`);
  world.emit(change);
}

export function addEvent(world: World, mailbox: string, event: SeedEvent): void {
  const m = world.directory.get(mailbox);
  const stored = buildEvent(m, event, world.now());
  if (typeof stored === 'string') throw new Error(stored);
  world.emit(putEvent(m, stored));
}

export function messagesIn(m: Mailbox, folder?: WellKnownFolder): readonly GraphMessage[] {
  const ids = folder === undefined ? [...m.messages.keys()] : [...folderOf(m, folder).ids];
  return ids.map((id) => m.messages.get(id)?.message).filter((x): x is GraphMessage => x !== undefined);
}

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

export interface FaultDeps { readonly world: World; readonly queue: FaultQueue; readonly notifier: Notifier; readonly retryAfterSeconds: number }

export function faultApi(d: FaultDeps) {
  const key = (mailbox: string) => (mailbox === '*' ? '*' : d.world.directory.get(mailbox).id);
  return {
    throttle(mailbox: string, count: number, retryAfterSeconds = d.retryAfterSeconds): void {
      d.queue.add(key(mailbox), { kind: 'throttle', retryAfter: retryAfterSeconds, remaining: count });
    },
    fail(mailbox: string, count: number, status = 503): void {
      d.queue.add(key(mailbox), { kind: 'fail', status, remaining: count });
    },
    expireSyncState(mailbox: string, folder?: WellKnownFolder): void {
      const m = d.world.directory.get(mailbox);
      for (const f of folder === undefined ? m.folders : [folderOf(m, folder)]) f.generation += 1;
    },
    /** Posts a lifecycle notification (lifecycle-notification.json) and waits for the delivery. */
    async lifecycle(subscriptionId: string, event: LifecycleEvent): Promise<void> {
      const record = d.world.subscriptions.get(subscriptionId);
      if (record === undefined) throw new Error(`no live subscription ${subscriptionId}`);
      const url = record.subscription.lifecycleNotificationUrl;
      if (url === null) throw new Error(`subscription ${subscriptionId} has no lifecycleNotificationUrl`);
      if (event === 'reauthorizationRequired') record.needsReauthorization = true;
      if (event === 'subscriptionRemoved') d.world.subscriptions.remove(subscriptionId);
      const { subscription } = record;
      await d.notifier.post(url, [{
        subscriptionId, subscriptionExpirationDateTime: subscription.expirationDateTime, tenantId: record.tenantId,
        clientState: subscription.clientState, lifecycleEvent: event,
      }]);
    },
  };
}

export type GraphFaults = ReturnType<typeof faultApi>;

export function limitsOf(limits: Limits, world: World) {
  return (mailbox: string) => limits.maxConcurrent(world.directory.find(mailbox)?.id ?? mailbox.toLowerCase());
}
