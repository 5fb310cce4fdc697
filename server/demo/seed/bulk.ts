// A big, realistic mailbox for the scan benchmark: threads of 1–8 messages with quoted history, 100 to
// 2,000 words each (long tail), about 70% received and 30% sent, plus newsletters. Word budgets are
// enforced while writing: each reply keeps only as much history as fits under 2,000 words.
import { CLOSERS, OPENERS, SENTENCES, SHORT_REPLIES, TOPICS } from './bulk-data';
import { world, type World } from './bulk-people';
import { counted, countWords, para, totalWords, type Para } from './doc';
import { idFactory } from './ids';
import { deliver, transitMs, type Person } from './message';
import { NEWSLETTERS } from './noise-data';
import { createRng, hash32, type Rng } from './rng';
import { nextSlot } from './schedule';
import { startConversation, write } from './thread';
import { DAY } from './time';
import type { DemoMailbox, GraphMessageSeed, SeedItem } from './types';
import { bulkNewsletter } from './bulk-newsletter';

export const MIN_WORDS = 100;
export const MAX_WORDS = 2000;

/** Log-normal draw: most messages short, a long tail of long ones. */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  const g = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  return median * Math.exp(sigma * g);
}

const SENTENCE_WORDS = SENTENCES.map(countWords);

/** Own text of about `target` words (greeting, paragraphs of 1–3 sentences, sign-off); signature excluded. */
function ownText(rng: Rng, target: number, from: Person, toFirst: string): Para[] {
  const paras = [para(rng.pick(OPENERS).replace('{first}', toFirst))];
  let words = paras[0]?.words ?? 0;
  if (target < 40 && rng.chance(0.6)) {
    const short = para(rng.pick(SHORT_REPLIES));
    paras.push(short);
    words += short.words;
  }
  while (words < target) {
    let text = '';
    let n = 0;
    for (let k = rng.int(1, 3); k > 0; k--) {
      const i = rng.int(0, SENTENCES.length - 1);
      text += (text ? ' ' : '') + (SENTENCES[i] ?? '');
      n += SENTENCE_WORDS[i] ?? 0;
    }
    paras.push(counted(text, n));
    words += n;
  }
  paras.push(para(`${rng.pick(CLOSERS)}\n${from.name.split(' ')[0] ?? from.name}`));
  return paras;
}

const first = (p: Person) => p.name.split(' ')[0] ?? p.name;
const signatureWords = new WeakMap<Person, number>();
function sigWords(p: Person): number {
  let n = signatureWords.get(p);
  if (n === undefined) signatureWords.set(p, (n = countWords(p.signature ?? '') + countWords(p.disclaimer ?? '')));
  return n;
}

interface Run {
  rng: Rng;
  w: World;
  nowMs: number;
  startMs: number;
  items: SeedItem[];
  sent: number;
  /** The one mailbox, as a stable array so delivery can index it once. */
  boxes: readonly DemoMailbox[];
}

function keep(run: Run, m: GraphMessageSeed): void {
  for (const item of deliver(m, run.boxes, run.nowMs)) {
    run.items.push(item);
    if (item.folder === 'sentitems') run.sent++;
  }
}

/** One conversation between the owner, one counterpart and sometimes a colleague on copy. */
function thread(run: Run, ids: ReturnType<typeof idFactory>, budget: number): void {
  const { rng, w } = run;
  const other = rng.chance(0.75) ? rng.pick(w.externals) : rng.pick(w.colleagues);
  const cc = rng.chance(0.3) ? [rng.pick(w.colleagues)] : [];
  const conv = startConversation(ids, `${other.name.split(' ')[1] ?? other.name} – ${rng.pick(TOPICS)}`);
  const size = Math.min(budget, 8, 1 + Math.floor(lognormal(rng, 2.2, 0.7)));
  let t = run.startMs + rng.next() * (run.nowMs - run.startMs);
  let last: Person | undefined;
  for (let i = 0; i < size; i++) {
    const shareSent = (run.sent + 1) / (run.items.length + 1);
    const from = last !== w.owner && shareSent <= 0.3 && rng.chance(i === 0 ? 0.3 : 0.55) ? w.owner : other;
    const to = from === w.owner ? other : w.owner;
    t = nextSlot(t + (i ? lognormal(rng, 3, 1) * 3_600_000 : 0), rng, from === other && !other.signature ? 'public' : 'staff', from.timeZone);
    if (t > run.nowMs - 60_000) return;
    const own = i === 0 ? Math.max(MIN_WORDS, Math.min(1900, lognormal(rng, 260, 0.8))) : Math.min(1500, lognormal(rng, 60, 1));
    const paras = ownText(rng, own - sigWords(from), from, first(to));
    const mine = totalWords(paras) + sigWords(from);
    const internal = from.address.split('@')[1] === to.address.split('@')[1];
    keep(run, write(conv, { from, to: [to], cc, own: paras, sentMs: t, receivedMs: t + transitMs(rng, internal),
      quoteBudget: MAX_WORDS - mine }, ids));
    last = from;
  }
}

export function bulkMailbox(options: { now: Date; mailbox: DemoMailbox; firmDomain: string; count: number; days?: number; seed?: number }): SeedItem[] {
  const { now, mailbox, firmDomain, count } = options;
  const days = options.days ?? 90;
  const rng = createRng(hash32(`bulk|${options.seed ?? 1}|${mailbox.id}`));
  const ids = idFactory(rng.fork('ids'), `bulk|${options.seed ?? 1}|${mailbox.mail}`);
  const run: Run = { rng, w: world(rng.fork('people'), mailbox, firmDomain), nowMs: now.getTime(), startMs: now.getTime() - days * DAY, items: [], sent: 0, boxes: [mailbox] };
  while (run.items.length < count) {
    if (rng.chance(0.1)) keep(run, bulkNewsletter(rng, ids, rng.pick(NEWSLETTERS), run.w.owner, run));
    else thread(run, ids, count - run.items.length);
  }
  return run.items.sort((a, b) => a.message.receivedDateTime.localeCompare(b.message.receivedDateTime)
    || a.message.internetMessageId.localeCompare(b.message.internetMessageId));
}
