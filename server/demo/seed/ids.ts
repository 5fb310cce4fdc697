// Identifiers shaped like the real ones (Exchange Online and Gmail Message-IDs, Graph conversation ids,
// GUIDs) but built from a namespace and a sequence number, so they never collide within a namespace and
// replay exactly. Hosts use .example so nothing points at a real server.
import { hash32, hex, type Rng } from './rng';

export type IdStyle = 'exchange' | 'gmail' | 'generic';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** GUID-like (8-4-4-4-12 lowercase hex) derived from a stable string, e.g. a mailbox address. */
export function guidFrom(text: string): string {
  let h = '';
  for (let i = 0; h.length < 32; i++) h += hash32(`${i}|${text}`).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface IdFactory {
  /** A new RFC 2822 Message-ID, e.g. "<BL1PR04MB7215…@BL1PR04MB7215.namprd04.prod.outlook.example>". */
  messageId(style: IdStyle, domain: string): string;
  /** A new Graph-style conversation id ("AAQkA…="). */
  conversationId(): string;
}

/** `namespace` keeps generators apart (demo firm, each bulk mailbox); `tag` (letters and digits) is
 *  embedded as is, for callers that need ids distinct by construction (arriving item n at instant t). */
export function idFactory(rng: Rng, namespace: string, tag = ''): IdFactory {
  const ns = hash32(namespace).toString(16).padStart(8, '0').toUpperCase() + tag.toUpperCase();
  let seq = 0;
  let conv = 0;
  const server = `BL${rng.int(0, 9)}PR${String(rng.int(1, 19)).padStart(2, '0')}MB${rng.int(1000, 9999)}`;
  return {
    messageId(style, domain) {
      const n = (seq++).toString(16).padStart(5, '0').toUpperCase();
      if (style === 'exchange') {
        return `<${server}${ns}${n}${hex(rng, 6).toUpperCase()}@${server}.namprd${server.slice(5, 7)}.prod.outlook.example>`;
      }
      if (style === 'gmail') return `<CA${ns}${n}+${hex(rng, 20)}@mail.gmail.example>`;
      return `<${hex(rng, 8)}.${ns}${n}.${hex(rng, 4)}@${domain}>`;
    },
    conversationId() {
      let tail = `${ns}${(conv++).toString(16).padStart(5, '0')}`;
      while (tail.length < 60) tail += B64[Math.floor(rng.next() * 64)] ?? 'A';
      return `AAQkAG${tail}=`;
    },
  };
}
