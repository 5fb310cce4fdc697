// What $filter/$orderby may name on each resource, with types (Exchange's rules, not full OData).

export type FieldType = 'string' | 'date' | 'bool' | 'number' | 'propid';

export interface Field { readonly path: readonly string[]; readonly type: FieldType }

export interface Schema {
  /** For "Could not find a property named 'x' on type '…'". */
  readonly typeName: string;
  /** Lower-case "a/b/c" → field. */
  readonly fields: ReadonlyMap<string, Field>;
  /** Lower-case collection name → its path and element (a field type for primitive elements). */
  readonly collections: ReadonlyMap<string, { readonly path: readonly string[]; readonly element: Schema | FieldType }>;
  /** Lower-case properties that exist but cannot be filtered (ErrorInvalidUrlQueryFilter, not ParseUri). */
  readonly unfilterable: ReadonlySet<string>;
}

function schema(typeName: string, fields: Record<string, FieldType>, collections: Record<string, Schema | FieldType> = {}, unfilterable: readonly string[] = []): Schema {
  return {
    typeName,
    fields: new Map(Object.entries(fields).map(([p, type]) => [p.toLowerCase(), { path: p.split('/'), type }])),
    collections: new Map(Object.entries(collections).map(([p, element]) => [p.toLowerCase(), { path: [p], element }])),
    unfilterable: new Set(unfilterable.map((p) => p.toLowerCase())),
  };
}

export const EXTENDED_PROPERTY_SCHEMA = schema('Microsoft.OutlookServices.SingleValueLegacyExtendedProperty', { id: 'propid', value: 'string' });

export const MESSAGE_SCHEMA = schema('Microsoft.OutlookServices.Message', {
  receivedDateTime: 'date', sentDateTime: 'date', createdDateTime: 'date', lastModifiedDateTime: 'date',
  conversationId: 'string', internetMessageId: 'string', subject: 'string', importance: 'string',
  parentFolderId: 'string', inferenceClassification: 'string', id: 'string',
  isRead: 'bool', isDraft: 'bool', hasAttachments: 'bool', isDeliveryReceiptRequested: 'bool', isReadReceiptRequested: 'bool',
  'from/emailAddress/address': 'string', 'from/emailAddress/name': 'string',
  'sender/emailAddress/address': 'string', 'sender/emailAddress/name': 'string', 'flag/flagStatus': 'string',
}, { singleValueExtendedProperties: EXTENDED_PROPERTY_SCHEMA, categories: 'string' },
['body', 'uniqueBody', 'bodyPreview', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'internetMessageHeaders', 'attachments', 'webLink', 'changeKey', 'conversationIndex', 'flag', 'from', 'sender']);

export const USER_SCHEMA = schema('microsoft.graph.user', {
  id: 'string', mail: 'string', userPrincipalName: 'string', displayName: 'string', givenName: 'string', surname: 'string',
});

/** Extended property ids compare by tag number ("String 0x001A" = "String 0x1a"); named ids stay exact. */
export function normalisePropId(id: string): string {
  const tag = /^(\w+)\s+0x([0-9a-f]+)$/i.exec(id.trim());
  return tag === null ? id.trim() : `${(tag[1] ?? '').toLowerCase()} 0x${Number.parseInt(tag[2] ?? '0', 16).toString(16)}`;
}
