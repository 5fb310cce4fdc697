// Change-notification subscriptions on a mailbox folder (Graph calls our webhook when mail
// arrives there). Outlook subscriptions live at most 10,080 minutes; older documentation says
// 4,230, so Onus asks for less than the smaller one and renews a day ahead.
import type { Client } from '@microsoft/microsoft-graph-client';

export const SUBSCRIPTION_MINUTES = 4_200;

export interface SubscriptionRequest {
  readonly mailbox: string;
  readonly folder: string;
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl: string;
  readonly clientState: string;
  readonly expiresAt: Date;
}

export interface CreatedSubscription {
  readonly id: string;
  readonly expiresAt: string;
}

export function folderResource(mailbox: string, folder: string): string {
  return `users/${mailbox}/mailFolders('${folder}')/messages`;
}

export async function createSubscription(client: Client, r: SubscriptionRequest): Promise<CreatedSubscription> {
  const created = await client.api('/subscriptions').post({
    changeType: 'created,updated',
    notificationUrl: r.notificationUrl,
    lifecycleNotificationUrl: r.lifecycleNotificationUrl,
    resource: folderResource(r.mailbox, r.folder),
    expirationDateTime: r.expiresAt.toISOString(),
    clientState: r.clientState,
    latestSupportedTlsVersion: 'v1_2',
  }) as { id: string; expirationDateTime: string };
  return { id: created.id, expiresAt: created.expirationDateTime };
}

export async function renewSubscription(client: Client, id: string, expiresAt: Date): Promise<CreatedSubscription> {
  const renewed = await client.api(`/subscriptions/${encodeURIComponent(id)}`).patch({ expirationDateTime: expiresAt.toISOString() }) as
    { id: string; expirationDateTime: string };
  return { id: renewed.id, expiresAt: renewed.expirationDateTime };
}

export async function reauthorizeSubscription(client: Client, id: string): Promise<void> {
  await client.api(`/subscriptions/${encodeURIComponent(id)}/reauthorize`).post({});
}

export async function deleteSubscription(client: Client, id: string): Promise<void> {
  await client.api(`/subscriptions/${encodeURIComponent(id)}`).delete();
}
