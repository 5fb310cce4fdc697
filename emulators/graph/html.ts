// Crude HTML <-> text for Prefer: outlook.body-content-type and bodyPreview. Exchange's converter
// is richer; clients only need the words, line breaks and entities right.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\r\n')
    .replace(/<\/(p|div|tr|li|h[1-6])>/gi, '\r\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => decodeEntity(whole, name))
    .replace(/[ \t]+\r\n/g, '\r\n')
    .replace(/(\r\n){3,}/g, '\r\n\r\n')
    .trim();
}

function decodeEntity(whole: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
  if (lower.startsWith('#') && lower !== '#39') return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
  return ENTITIES[lower] ?? whole;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Exchange wraps a plain-text body in a PlainText div when asked for HTML. */
export function textToHtml(text: string): string {
  const lines = escapeHtml(text).split(/\r?\n/).join('<br>\r\n');
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n<div class="PlainText">${lines}</div>\r\n</body>\r\n</html>\r\n`;
}

/** bodyPreview: the first 255 characters of the body as text. */
export function previewOf(body: { contentType: string; content: string }): string {
  const text = body.contentType === 'html' ? htmlToText(body.content) : body.content.trim();
  return text.slice(0, 255);
}
