// Bulk mail in the benchmark mailbox: a newsletter issue of a few hundred to 1,500 words, with the
// list headers a scanner uses to skip it.
import { SENTENCES } from './bulk-data';
import { countWords } from './doc';
import { esc, p, page } from './html';
import type { IdFactory } from './ids';
import { toGraph, transitMs, type Person } from './message';
import type { Newsletter } from './noise-data';
import { hex, type Rng } from './rng';
import type { GraphMessageSeed } from './types';

export function bulkNewsletter(rng: Rng, ids: IdFactory, nl: Newsletter, to: Person, window: { nowMs: number; startMs: number }): GraphMessageSeed {
  const subject = rng.pick(nl.subjects);
  const target = rng.int(150, 1500);
  const blocks: string[] = [];
  let words = countWords(subject);
  for (const item of rng.shuffle(nl.items)) {
    blocks.push(item);
    words += countWords(item);
  }
  while (words < target) {
    const text = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SENTENCES)).join(' ');
    blocks.push(text);
    words += countWords(text);
  }
  const domain = nl.from.address.split('@')[1] ?? 'list.example';
  const token = hex(rng, 20);
  const inner = `<h1 style="font-size:20px">${esc(subject)}</h1>\n${blocks.map((b) => p(b)).join('\n')}\n${p('Unsubscribe', 'font-size:11px')}`;
  const sentMs = window.startMs + Math.floor(rng.next() * (window.nowMs - window.startMs - 600_000));
  return toGraph({
    from: nl.from, to: [to], subject, body: { contentType: 'html', content: page(inner, subject) },
    sentMs, receivedMs: sentMs + transitMs(rng, false), conversationId: ids.conversationId(),
    internetMessageId: ids.messageId('generic', domain),
    headers: [{ name: 'List-Unsubscribe', value: `<https://${domain}/u/${token}>` }, { name: 'Precedence', value: 'bulk' }],
  });
}
