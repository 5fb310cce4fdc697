// A small typed view of an XML document, built on fast-xml-parser, for the manifest rules.
// Elements keep their prefixed names ("bt:Image"); look-ups match on the local name ("Image").
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  readonly name: string;
  readonly localName: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

export type XmlParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

/** An "&" that does not start an entity reference such as &amp; or &#38;. */
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/;

/**
 * XMLValidator accepts a bare "&" inside attribute values ("Smith & Jones"); XML parsers in
 * Office do not. Comments and CDATA are blanked out first, keeping line and column positions.
 */
function findBareAmpersand(xml: string): { line: number; column: number } | undefined {
  const blanked = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const match = BARE_AMPERSAND.exec(blanked);
  if (!match) return undefined;
  const before = blanked.slice(0, match.index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Checks well-formedness first (XMLValidator, bare "&"), then returns the document element. */
export function parseXml(xml: string): XmlParseResult {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    return { ok: false, message: msg, line, column: col };
  }
  const ampersand = findBareAmpersand(xml);
  if (ampersand) return { ok: false, message: 'a bare "&" must be written as &amp;.', ...ampersand };
  const nodes: unknown = parser.parse(xml);
  const root = toElements(nodes).find((el) => !el.name.startsWith('?'));
  if (!root) return { ok: false, message: 'The document has no root element.', line: 1, column: 1 };
  return { ok: true, root };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** preserveOrder output: each node is `{ [tag]: children[], ':@'?: attrs }` or `{ '#text': value }`. */
function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) continue;
    const rawChildren = node[name];
    const rawAttrs = node[':@'];
    const attrs: Record<string, string> = {};
    if (isRecord(rawAttrs)) {
      for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = String(value);
    }
    const texts = Array.isArray(rawChildren)
      ? rawChildren.filter(isRecord).map((child) => child['#text']).filter((t) => t !== undefined)
      : [];
    elements.push({
      name,
      localName: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      attrs,
      children: toElements(rawChildren),
      text: texts.map(String).join('').trim(),
    });
  }
  return elements;
}

export function childrenNamed(el: XmlElement | undefined, localName: string): XmlElement[] {
  return el ? el.children.filter((child) => child.localName === localName) : [];
}

export function childNamed(el: XmlElement | undefined, localName: string): XmlElement | undefined {
  return childrenNamed(el, localName)[0];
}

/** Follows a path of local names from `el`, returning every element at the end of the path. */
export function pathAll(el: XmlElement | undefined, ...localNames: string[]): XmlElement[] {
  let level: XmlElement[] = el ? [el] : [];
  for (const localName of localNames) level = level.flatMap((node) => childrenNamed(node, localName));
  return level;
}

/**
 * Every descendant named `localName`; does not descend into elements named `stopAt`
 * (used to keep a nested VersionOverrides out of its parent's scope).
 */
export function descendantsNamed(el: XmlElement, localName: string | null, stopAt?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of el.children) {
    if (stopAt !== undefined && child.localName === stopAt) continue;
    if (localName === null || child.localName === localName) found.push(child);
    found.push(...descendantsNamed(child, localName, stopAt));
  }
  return found;
}

/** 1-based line of the first occurrence of `needle` at or after `from`, for messages ("line 14"). */
export function lineOf(text: string, needle: string, from = 0): number | undefined {
  const index = text.indexOf(needle, from);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
