// One conversation at a time: each new message gets the shared conversationId, a "RE:"/"FW:" subject,
// In-Reply-To/References pointing at the previous message, and the previous body quoted under its own
// text the way the writer's mail client would (Outlook header block, Gmail "On … wrote:", "> " text).
import { gmailOn, outlookSent } from './datefmt';
import { authored, para, quoteUnder, render, type Para } from './doc';
import type { IdFactory, IdStyle } from './ids';
import { toGraph, type Draft, type Person } from './message';
import type { EmailAddress, GraphMessageSeed } from './types';

interface Sent {
  from: Person;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  sentMs: number;
  paras: Para[];
  id: string;
}

export interface Conversation {
  readonly conversationId: string;
  readonly topic: string;
  last?: Sent;
  refs: string[];
}

export interface Post {
  from: Person;
  to: EmailAddress[];
  cc?: EmailAddress[];
  /** The writer's own text (greeting, paragraphs, sign-off); the signature is added from `from`. */
  own: Para[];
  sentMs: number;
  receivedMs: number;
  forward?: boolean;
  /** Most words of earlier history to keep (clients and people trim long threads). */
  quoteBudget?: number;
  attachments?: Draft['attachments'];
  importance?: Draft['importance'];
  headers?: Draft['headers'];
}

export const startConversation = (ids: IdFactory, topic: string): Conversation =>
  ({ conversationId: ids.conversationId(), topic, refs: [] });

const idStyle = (p: Person): IdStyle => (p.style === 'outlook' ? 'exchange' : p.style === 'gmail' ? 'gmail' : 'generic');
const named = (a: EmailAddress) => `${a.name} <${a.address}>`;

function subjectOf(conv: Conversation, post: Post): string {
  if (!conv.last) return conv.topic;
  const gmail = post.from.style === 'gmail';
  if (post.forward) return `${gmail ? 'Fwd' : 'FW'}: ${conv.topic}`;
  return `${gmail ? 'Re' : 'RE'}: ${conv.topic}`;
}

function header(last: Sent, writer: Person, forward: boolean): Para {
  if (writer.style === 'outlook' || forward) {
    const cc = last.cc.length ? `\nCc: ${last.cc.map(named).join('; ')}` : '';
    return para(`From: ${named(last.from)}\nSent: ${outlookSent(last.sentMs, writer.timeZone)}\nTo: ${
      last.to.map(named).join('; ')}${cc}\nSubject: ${last.subject}`, 'head');
  }
  return para(`On ${gmailOn(last.sentMs, writer.timeZone)}, ${named(last.from)} wrote:`, 'attr');
}

function trimmed(paras: readonly Para[], budget: number): Para[] {
  const out: Para[] = [];
  let used = 0;
  for (const p of paras) {
    if (used + p.words > budget) break;
    out.push(p);
    used += p.words;
  }
  return out;
}

// Signature and disclaimer paragraphs are the same in every message a person writes.
const signOffs = new WeakMap<Person, Para[]>();
function signOff(p: Person): Para[] {
  let out = signOffs.get(p);
  if (!out) {
    out = authored([...(p.signature ? [para(p.signature, 'sig')] : []), ...(p.disclaimer ? [para(p.disclaimer, 'fine')] : [])], p.style);
    signOffs.set(p, out);
  }
  return out;
}

/** Writes the next message of the conversation and remembers it for the one after. */
export function write(conv: Conversation, post: Post, ids: IdFactory): GraphMessageSeed {
  const own = authored([...post.own, ...signOff(post.from)], post.from.style);
  let paras = own;
  const headers = [...(post.headers ?? [])];
  if (conv.last && post.quoteBudget !== 0) {
    const head = header(conv.last, post.from, post.forward ?? false);
    const history = trimmed(conv.last.paras, (post.quoteBudget ?? Infinity) - head.words);
    const style = post.forward ? 'outlook' : post.from.style;
    paras = [...own, ...authored(quoteUnder(head, history, style), post.from.style)];
  }
  if (conv.last) {
    headers.push({ name: 'In-Reply-To', value: conv.last.id }, { name: 'References', value: conv.refs.join(' ') });
  }
  const domain = post.from.address.split('@')[1] ?? 'mail.example';
  const id = ids.messageId(idStyle(post.from), domain);
  const subject = subjectOf(conv, post);
  const message = toGraph({
    from: post.from, to: post.to, cc: post.cc ?? [], subject, body: render(paras, post.from.style),
    sentMs: post.sentMs, receivedMs: post.receivedMs, conversationId: conv.conversationId, internetMessageId: id,
    importance: post.importance ?? 'normal', headers, attachments: post.attachments ?? [],
  });
  conv.last = { from: post.from, to: post.to, cc: post.cc ?? [], subject, sentMs: post.sentMs, paras, id };
  conv.refs = [...conv.refs, id].slice(-8);
  return message;
}
