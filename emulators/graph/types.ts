// The Graph v1.0 resource shapes the emulator stores and serves (names and casing as Graph sends
// them; see /work/shared/reference/graph/message.json, event.json, mailboxSettings.json).

/** Well-known folder names (locale-independent, accepted wherever Graph takes a folder id). */
export type WellKnownFolder = 'inbox' | 'sentitems' | 'drafts' | 'deleteditems' | 'archive' | 'junkemail' | 'outbox';

export interface EmailAddress { readonly name?: string; readonly address: string }
export interface Recipient { readonly emailAddress: EmailAddress }
export interface ItemBody { readonly contentType: 'html' | 'text'; readonly content: string }
export interface DateTimeTimeZone { readonly dateTime: string; readonly timeZone: string }
export interface FollowupFlag {
  readonly flagStatus: 'notFlagged' | 'flagged' | 'complete';
  readonly startDateTime?: DateTimeTimeZone;
  readonly dueDateTime?: DateTimeTimeZone;
  readonly completedDateTime?: DateTimeTimeZone;
}
export interface InternetMessageHeader { readonly name: string; readonly value: string }
export interface SingleValueExtendedProperty { readonly id: string; readonly value: string }
export interface AttachmentInfo {
  readonly '@odata.type'?: string;
  readonly id?: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline?: boolean;
  readonly lastModifiedDateTime?: string;
  readonly contentBytes?: string;
}

/** A message as stored; reads project it ($select, body type, $expand). */
export interface GraphMessage {
  readonly id: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly changeKey: string;
  readonly categories: readonly string[];
  readonly receivedDateTime: string;
  readonly sentDateTime: string;
  readonly hasAttachments: boolean;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly bodyPreview: string;
  readonly importance: 'low' | 'normal' | 'high';
  readonly parentFolderId: string;
  readonly conversationId: string;
  readonly conversationIndex: string;
  readonly isDeliveryReceiptRequested: boolean;
  readonly isReadReceiptRequested: boolean;
  readonly isRead: boolean;
  readonly isDraft: boolean;
  readonly webLink: string;
  readonly inferenceClassification: 'focused' | 'other';
  readonly body: ItemBody;
  readonly sender: Recipient | null;
  readonly from: Recipient | null;
  readonly toRecipients: readonly Recipient[];
  readonly ccRecipients: readonly Recipient[];
  readonly bccRecipients: readonly Recipient[];
  readonly replyTo: readonly Recipient[];
  readonly flag: FollowupFlag;
  /** Served only when $select-ed. */
  readonly uniqueBody: ItemBody;
  /** Served only when $select-ed. */
  readonly internetMessageHeaders: readonly InternetMessageHeader[];
  /** Served only through $expand=singleValueExtendedProperties($filter=id eq '…'). */
  readonly singleValueExtendedProperties: readonly SingleValueExtendedProperty[];
  /** Served only through $expand=attachments. */
  readonly attachments: readonly AttachmentInfo[];
}

/** What tests hand to deliver()/seed(): any message fields; the rest are filled in. */
export type SeedMessage = Partial<Omit<GraphMessage, 'body' | 'uniqueBody' | 'attachments'>> & {
  readonly body?: { readonly contentType: string; readonly content: string };
  readonly uniqueBody?: { readonly contentType: string; readonly content: string };
  readonly attachments?: readonly (Partial<AttachmentInfo> & { readonly name: string })[];
};

export type * from './types-mailbox';

/** A subscription as Graph returns it (subscription-create-response-full.json). */
export interface Subscription {
  readonly id: string;
  readonly resource: string;
  readonly applicationId: string;
  readonly changeType: string;
  readonly clientState: string | null;
  readonly notificationUrl: string;
  readonly notificationQueryOptions: null;
  readonly notificationContentType: null;
  readonly lifecycleNotificationUrl: string | null;
  readonly expirationDateTime: string;
  readonly creatorId: string;
  readonly includeResourceData: null;
  readonly latestSupportedTlsVersion: string;
  readonly encryptionCertificate: null;
  readonly encryptionCertificateId: null;
  readonly notificationUrlAppId: null;
}
