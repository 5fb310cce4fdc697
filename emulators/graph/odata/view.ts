// How a message is shown: $select, $expand and Prefer: outlook.body-content-type, checked once
// per request and applied to every message of the page (project.ts).
import { graphError, type Reply } from '../reply';
import type { SingleValueExtendedProperty } from '../types';
import { compileFilter } from './filter';
import type { Query } from './query';
import { EXTENDED_PROPERTY_SCHEMA } from './schema';

export interface MessageView {
  /** Canonical property names, or null for the default set. */
  readonly select: readonly string[] | null;
  /** Prefer: outlook.body-content-type="text" → 'text'; otherwise html. */
  readonly bodyType: 'html' | 'text';
  /** $expand=singleValueExtendedProperties($filter=…): which properties to show. */
  readonly expandProperties: ((p: SingleValueExtendedProperty) => boolean) | null;
  readonly expandAttachments: boolean;
  /** Mail.ReadBasic(.All) only: no body, bodyPreview, uniqueBody, attachments or extended properties. */
  readonly basic: boolean;
}

/** Every message property, in the order Graph serialises them (message.json). */
export const MESSAGE_PROPERTIES = [
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'receivedDateTime', 'sentDateTime',
  'hasAttachments', 'internetMessageId', 'subject', 'bodyPreview', 'importance', 'parentFolderId', 'conversationId',
  'conversationIndex', 'isDeliveryReceiptRequested', 'isReadReceiptRequested', 'isRead', 'isDraft', 'webLink',
  'inferenceClassification', 'body', 'sender', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'flag',
  'uniqueBody', 'internetMessageHeaders',
] as const;

const CANONICAL = new Map<string, string>(MESSAGE_PROPERTIES.map((p) => [p.toLowerCase(), p]));
const TYPE = 'Microsoft.OutlookServices.Message';

export function parseView(query: Query, bodyType: 'html' | 'text', basic: boolean): MessageView | Reply {
  const select = parseSelect(query.get('$select'));
  if (!Array.isArray(select) && select !== null) return select;
  const expand = parseExpand(query.get('$expand'));
  if ('status' in expand) return expand;
  return { select, bodyType, basic, ...expand };
}

function parseSelect(text: string | undefined): string[] | null | Reply {
  if (text === undefined || text.trim() === '' || text.trim() === '*') return null;
  const names: string[] = [];
  for (const raw of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const name = CANONICAL.get(raw.toLowerCase());
    if (name === undefined) return graphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${raw}' on type '${TYPE}'.`);
    names.push(name);
  }
  return names;
}

/** Splits on commas outside parentheses. */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    else if (text[i] === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  return [...parts, text.slice(start)].map((p) => p.trim()).filter((p) => p !== '');
}

function parseExpand(text: string | undefined): Pick<MessageView, 'expandProperties' | 'expandAttachments'> | Reply {
  let expandProperties: MessageView['expandProperties'] = null;
  let expandAttachments = false;
  for (const item of topLevel(text ?? '')) {
    const m = /^(\w+)\s*(?:\((.*)\))?$/s.exec(item);
    const name = (m?.[1] ?? '').toLowerCase();
    if (name === 'attachments' && m?.[2] === undefined) { expandAttachments = true; continue; }
    if (name !== 'singlevalueextendedproperties') return graphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${m?.[1] ?? item}' on type '${TYPE}'.`);
    const filter = /^\s*\$filter\s*=\s*(.+)$/is.exec(m?.[2] ?? '');
    if (filter?.[1] === undefined) return graphError(400, 'ErrorInvalidParameter', 'An extended property expand requires a $filter on the property id.');
    const compiled = compileFilter(filter[1], EXTENDED_PROPERTY_SCHEMA);
    if ('status' in compiled) return compiled;
    expandProperties = (p) => compiled.test(p);
  }
  return { expandProperties, expandAttachments };
}
