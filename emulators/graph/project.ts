// A stored message → the JSON a read returns for a MessageView.
import { htmlToText, textToHtml } from './html';
import { MESSAGE_PROPERTIES, type MessageView } from './odata/view';
import type { GraphMessage, ItemBody } from './types';

const HIDDEN_BY_DEFAULT = new Set<string>(['uniqueBody', 'internetMessageHeaders']);
const NOT_BASIC = new Set<string>(['body', 'bodyPreview', 'uniqueBody']);
const DEFAULT_SET = MESSAGE_PROPERTIES.filter((p) => !HIDDEN_BY_DEFAULT.has(p));

export function etagOf(changeKey: string): string {
  return `W/"${changeKey}"`;
}

export function convertBody(body: ItemBody, to: 'html' | 'text'): ItemBody {
  if (body.contentType === to) return body;
  return { contentType: to, content: to === 'text' ? htmlToText(body.content) : textToHtml(body.content) };
}

export function projectMessage(m: GraphMessage, view: MessageView): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(m.changeKey), id: m.id };
  const record = m as unknown as Record<string, unknown>;
  for (const name of view.select ?? DEFAULT_SET) {
    if (name === 'id' || (view.basic && NOT_BASIC.has(name))) continue;
    if (name === 'body' || name === 'uniqueBody') out[name] = convertBody(m[name], view.bodyType);
    else out[name] = record[name];
  }
  if (view.expandProperties !== null && !view.basic) {
    const shown = m.singleValueExtendedProperties.filter(view.expandProperties);
    if (shown.length > 0) out['singleValueExtendedProperties'] = shown.map((p) => ({ id: p.id, value: p.value }));
  }
  if (view.expandAttachments && !view.basic) out['attachments'] = m.attachments;
  return out;
}
