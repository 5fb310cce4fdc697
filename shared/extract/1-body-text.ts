// Stage 1: the body as plain text with paragraph and line boundaries kept. HTML goes through
// html-to-text (a real parser: broken tags and scripts are handled, script content is dropped).
import { compile } from 'html-to-text';
import type { BodyType } from '../email';

/** Extraction reads at most this much: the new text of a reply sits at the top, and a 10 MB
 *  body must not freeze the pane. */
export const MAX_BODY_CHARS = 200_000;

const HTML_OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    // Layout tables (Outlook signatures, newsletters) read as blocks; a "colspan=1000000" cannot
    // make a grid, so a hostile table costs nothing.
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
  ],
};

/** html-to-text walks the document recursively; thousands of nested tags overflow the stack. Then
 *  fall back to a flat reading: drop scripts and styles, break at block tags, strip the rest. */
function flatText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|li|tr|h\d|blockquote|table|hr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Compiled once: html-to-text's convert() rebuilds its selector tables on every call, which was
 *  a third of the scanner's time per message. */
let converter: ((html: string) => string) | null = null;

function htmlText(html: string): string {
  try {
    converter ??= compile(HTML_OPTIONS);
    return converter(html);
  } catch (err) {
    if (err instanceof RangeError) return flatText(html);
    throw err;
  }
}

export function bodyText(body: string, bodyType: BodyType): string {
  const capped = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  const text = bodyType === 'html' ? htmlText(capped) : capped;
  // Control characters other than newline and tab come from binary-looking input: drop them.
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}
