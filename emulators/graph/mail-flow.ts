// Sending inside the emulated tenant: the sender's copy goes to Sent Items (unless told not to)
// and every recipient that is a mailbox here gets one in its Inbox, with the same
// internetMessageId and conversationId. Each copy fires its own change notifications.
import { exchangeId, graphDate, newConversationIndex } from './format';
import { insertMessage } from './store/changes';
import { folderOf, selfRecipient, type Mailbox } from './store/mailbox';
import { buildMessage } from './store/message-build';
import type { GraphMessage, SeedMessage } from './types';
import type { World } from './world';

export function sendMessage(world: World, sender: Mailbox, draft: SeedMessage, saveToSentItems: boolean): GraphMessage {
  const now = world.now();
  sender.counter += 1;
  const seedKey = `${sender.id}/sent/${sender.counter}`;
  const { id: _ignored, ...rest } = draft;
  const shared: SeedMessage = {
    ...rest, from: selfRecipient(sender), sender: selfRecipient(sender), sentDateTime: graphDate(now), receivedDateTime: graphDate(now),
    internetMessageId: draft.internetMessageId ?? `<${exchangeId('AAMkAG', seedKey).slice(6, 30)}@${sender.mail.split('@')[1] ?? 'emulator.local'}>`,
    conversationId: draft.conversationId ?? exchangeId('AAQkAG', `${seedKey}/conversation`),
    conversationIndex: draft.conversationIndex ?? newConversationIndex(seedKey, now), isDraft: false,
  };
  const sentCopy = buildMessage(sender, folderOf(sender, 'sentitems'), { ...shared, isRead: true }, now);
  if (saveToSentItems) world.emit(insertMessage(sender, sentCopy));
  world.sent.push({ mailbox: sender.id, message: sentCopy });
  for (const recipient of recipientsIn(world, sentCopy)) {
    const copy = buildMessage(recipient, folderOf(recipient, 'inbox'), { ...shared, bccRecipients: [], isRead: false }, now);
    world.emit(insertMessage(recipient, copy));
  }
  return sentCopy;
}

function recipientsIn(world: World, m: GraphMessage): Mailbox[] {
  const seen = new Set<string>();
  const out: Mailbox[] = [];
  for (const r of [...m.toRecipients, ...m.ccRecipients, ...m.bccRecipients]) {
    const mailbox = world.directory.find(r.emailAddress.address);
    if (mailbox !== undefined && !seen.has(mailbox.id)) {
      seen.add(mailbox.id);
      out.push(mailbox);
    }
  }
  return out;
}
