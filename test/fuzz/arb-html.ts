// HTML generators: tag soup (unclosed and misnested tags, comments, CDATA, entities, broken
// attributes), soup with <script>/<style> whose text must never surface, and deep nesting.
import fc from 'fast-check';
import { proseText, unicodeText } from './arb-text';

/** Text put only inside <script> and <style>: it must never reach a suggestion. */
export const HIDDEN_MARKER = 'ONUSHIDDENMARKER';

const TAGS = [
  'div', 'p', 'span', 'b', 'i', 'u', 'a', 'br', 'hr', 'font', 'center', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'ol',
  'li', 'blockquote', 'pre', 'code', 'h1', 'h2', 'h3', 'img', 'html', 'head', 'body', 'meta', 'o:p', 'v:shape', 'svg', 'math',
  'iframe', 'noscript', 'template', 'select', 'option', 'section', 'strong', 'em', 'sup', 'wbr', 'DIV', 'Td',
];
// Span values a mail client could send, short of absurd ones (those run in their own process: see extreme-cases.ts).
const SPANS = ['0', '1', '2', '3', '-1', '-99', 'abc', '1.5', '', '20', '1e2', '0x10', ' 4 '];
const ATTR_NAMES = ['class', 'style', 'id', 'href', 'title', 'colspan', 'rowspan', 'width', 'dir', 'lang', 'data-x', 'onclick', 'src', 'alt'];

const attrValue = fc.oneof(
  fc.constantFrom(...SPANS, 'rtl', 'javascript:alert(1)', 'mso-line-height-rule:exactly', 'cid:image001.png@01D9', 'a>b', "it's", 'say "hi"', '&amp;&lt;'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
);
/** A well-formed attribute: any quoting style that a tokenizer reads back unambiguously. */
const goodAttr = fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue, fc.constantFrom('"', "'")).map(([name, value, q]) =>
  ` ${name}=${q}${value.replaceAll(q, '')}${q}`);
/** Broken attributes too: unquoted, unterminated quotes, no value, stray slashes. */
const anyAttr = fc.oneof(
  goodAttr,
  fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue).map(([name, value]) => ` ${name}=${value.replace(/[\s>]/g, '')}`),
  fc.constantFrom(' disabled', ' =', ' "', " 'unterminated", ' title="unterminated', ' /', ' a=b=c', ' x="1"y="2"'),
);

const openTag = (attr: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >'))
    .map(([tag, attrs, end]) => `<${tag}${attrs.join('')}${end}`);
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);
const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x10FFFF;', '&#x110000;',
  '&#99999999999;', '&bogus;', '&amp', '&#', '&#x;', '&zwj;', '&rlm;', '&copy', '&NotANamedEntity;', '&#8203;', '&#128512;',
];
const entity = fc.constantFrom(...ENTITIES);
const hidden = fc.tuple(fc.constantFrom('script', 'style', 'SCRIPT'), proseText).map(([tag, text]) =>
  `<${tag}>${HIDDEN_MARKER} ${text.replace(/<\//g, '< /')} ${HIDDEN_MARKER}</${tag}>`);
const closedComment = unicodeText.map((t) => `<!-- ${t.replace(/--/g, '- -')} -->`);
const text = fc.oneof(proseText, unicodeText);
/** Text that cannot open a tag: a stray '<' would swallow the next <script> and show its text, as browsers do. */
const inertText = text.map((t) => t.replaceAll('<', '&lt;'));

/** Markup whose tokens a parser reads back as written (tags may still be unclosed or misnested). */
export const tokenizedSoup = fc
  .array(fc.oneof(
    { arbitrary: inertText, weight: 4 }, { arbitrary: openTag(goodAttr), weight: 3 }, { arbitrary: closeTag, weight: 2 },
    { arbitrary: entity, weight: 1 }, { arbitrary: hidden, weight: 2 }, { arbitrary: closedComment, weight: 1 },
  ), { maxLength: 60 })
  .map((tokens) => tokens.join(''));

/** Anything goes: unterminated comments and CDATA, stray '<', doctype, processing instructions. */
export const chaosSoup = fc
  .array(fc.oneof(
    { arbitrary: text, weight: 4 }, { arbitrary: openTag(anyAttr), weight: 3 }, { arbitrary: closeTag, weight: 2 },
    { arbitrary: entity, weight: 1 }, { arbitrary: hidden, weight: 1 }, { arbitrary: closedComment, weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '<!--', '-->', '<!--->', '<!-- -- -->', '<!--[if mso]><p>x</p><![endif]-->', '<![CDATA[ Please send it. ]]>', '<![CDATA[',
        ']]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '</ x>', '<>', '< div>', '</>', '<a<b>', '<div/>', '<//div>', '<', '>',
        '<script>', '<style>', '</script>', '</style>', '<table>', '<td>', '<tr><td>Please confirm.</td>', '</table>',
        '<p>Can you send it?</p>', '<br>', '<blockquote>', '</blockquote>', '<ul><li>Please file it.<li>Send it.',
      ),
      weight: 3,
    },
  ), { maxLength: 80 })
  .map((tokens) => tokens.join(''));

/** A recipe, not the markup, so a failing case prints small: thousands of nested elements. */
export interface NestingRecipe {
  readonly tag: 'blockquote' | 'div' | 'span' | 'table';
  readonly depth: number;
  readonly closed: boolean;
}
export const nestingRecipe: fc.Arbitrary<NestingRecipe> = fc.record({
  tag: fc.constantFrom('blockquote', 'div', 'span', 'table'),
  depth: fc.integer({ min: 1, max: 5000 }),
  closed: fc.boolean(),
});

export function nestedHtml({ tag, depth, closed }: NestingRecipe): string {
  const [open, close] = tag === 'table' ? ['<table><tr><td>', '</td></tr></table>'] : [`<${tag}>`, `</${tag}>`];
  return `${open.repeat(depth)}Can you send the draft by Thursday?${closed ? close.repeat(depth) : ''}`;
}
