// A change → the change notifications it causes (notification-outlook-message.json). Each
// subscription decides by scope: in scope before and after = updated, entering = created,
// leaving (deleted, moved out, no longer matching its $filter) = deleted.
import { etagOf } from '../project';
import type { Change } from '../store/changes';
import type { ChangeType, SubscriptionRecord } from './registry';

export interface Outgoing { readonly url: string; readonly subscriptionId: string; readonly notification: Record<string, unknown> }

function inScope(record: SubscriptionRecord, change: Change, item: unknown): boolean {
  if (item === null) return false;
  const { scope } = record;
  if (scope.kind === 'events') return change.resource === 'event';
  if (change.resource !== 'message') return false;
  const message = item as { parentFolderId: string };
  return (scope.folderId === null || message.parentFolderId === scope.folderId) && (scope.test === null || scope.test(item));
}

function changeTypeOf(record: SubscriptionRecord, change: Change): ChangeType | null {
  const before = inScope(record, change, change.before);
  const after = inScope(record, change, change.after);
  if (after) return before ? 'updated' : 'created';
  return before ? 'deleted' : null;
}

export function notificationsFor(change: Change, records: readonly SubscriptionRecord[]): Outgoing[] {
  const out: Outgoing[] = [];
  const kind = change.resource === 'message' ? 'Messages' : 'Events';
  const odataType = change.resource === 'message' ? '#Microsoft.Graph.Message' : '#Microsoft.Graph.Event';
  const item = change.after ?? change.before;
  for (const record of records) {
    if (record.mailboxId !== change.mailbox.id) continue;
    const changeType = changeTypeOf(record, change);
    if (changeType === null || !record.changeTypes.has(changeType)) continue;
    const resource = `Users/${change.mailbox.id}/${kind}/${change.id}`;
    const { subscription } = record;
    out.push({
      url: subscription.notificationUrl, subscriptionId: subscription.id,
      notification: {
        subscriptionId: subscription.id, subscriptionExpirationDateTime: subscription.expirationDateTime, changeType, resource,
        resourceData: { '@odata.type': odataType, '@odata.id': resource, ...(item === null ? {} : { '@odata.etag': etagOf(item.changeKey) }), id: change.id },
        clientState: subscription.clientState, tenantId: record.tenantId,
      },
    });
  }
  return out;
}
