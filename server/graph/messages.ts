// The message fields the scanner reads, and the shape Graph returns them in. Bodies are read to
// run the detectors in memory and are never stored.
import { z } from 'zod';

/** $select for delta: only what detection, threading and the queue item need. */
export const MESSAGE_FIELDS = [
  'subject', 'from', 'sender', 'toRecipients', 'ccRecipients', 'replyTo', 'sentDateTime', 'receivedDateTime',
  'conversationId', 'internetMessageId', 'body', 'bodyPreview', 'webLink', 'hasAttachments', 'internetMessageHeaders', 'isDraft',
] as const;

/** PidTagMessageClass: tells a Teams/Exchange voicemail or missed-call notice from a plain message. */
export const MESSAGE_CLASS_PROPERTY = 'String 0x001A';

const recipient = z.object({
  emailAddress: z.object({ name: z.string().nullish(), address: z.string().nullish() }).nullish(),
});

export const graphMessageSchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullish(),
  from: recipient.nullish(),
  sender: recipient.nullish(),
  toRecipients: z.array(recipient).nullish(),
  ccRecipients: z.array(recipient).nullish(),
  replyTo: z.array(recipient).nullish(),
  sentDateTime: z.string().nullish(),
  receivedDateTime: z.string().nullish(),
  conversationId: z.string().nullish(),
  internetMessageId: z.string().nullish(),
  body: z.object({ contentType: z.string().nullish(), content: z.string().nullish() }).nullish(),
  bodyPreview: z.string().nullish(),
  webLink: z.string().nullish(),
  hasAttachments: z.boolean().nullish(),
  isDraft: z.boolean().nullish(),
  internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })).nullish(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string().nullish() })).nullish(),
  attachments: z.array(z.object({ name: z.string().nullish(), contentType: z.string().nullish(), size: z.number().nullish() })).nullish(),
});
export type GraphMessage = z.infer<typeof graphMessageSchema>;

const removedSchema = z.object({ id: z.string().min(1), '@removed': z.object({ reason: z.string().nullish() }) });

export type DeltaItem =
  | { readonly removed: true; readonly id: string }
  | { readonly removed: false; readonly message: GraphMessage }
  /** An entry Graph sent that does not look like a message: kept out, reported, never fatal. */
  | { readonly removed: false; readonly message: null; readonly problem: string };

export function toDeltaItem(raw: unknown): DeltaItem {
  const removed = removedSchema.safeParse(raw);
  if (removed.success) return { removed: true, id: removed.data.id };
  const message = graphMessageSchema.safeParse(raw);
  if (message.success) return { removed: false, message: message.data };
  return { removed: false, message: null, problem: message.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

export const address = (r: z.infer<typeof recipient> | null | undefined): { name: string; address: string } | null => {
  const a = r?.emailAddress?.address?.trim();
  return a ? { name: r?.emailAddress?.name?.trim() ?? '', address: a.toLowerCase() } : null;
};
