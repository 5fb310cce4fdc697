// Stage 6: one owner per follow-up, by CONVENTIONS.md: a commitment is the sender's; a request
// goes to the participant it names, else the only To recipient, else nobody (unassigned).
import type { MailAddress } from '../followup';
import type { AskKind } from './types';
import { VOCATIVE } from './5-classify';

export interface Participants {
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
}

export interface OwnerChoice {
  readonly owner: string | null;
  readonly reason: string;
}

// "Can someone…", "Could one of you…", "Team," – addressed to a group, so nobody in particular.
const GROUP = /\b(someone|somebody|anyone|anybody|one of you|either of you|any of you|all of you|you all|y'all|whoever|you guys)\b|\b(can|could|would|will) (everyone|everybody|all|each of you)\b|^(everyone|everybody|all|team|folks|each of you)\b/i;
// Greetings that address a group: "Team," "All," "Hi everyone,"
const GROUP_GREETING = /\b(team|all|everyone|everybody|folks|counsel and team|both|guys)\b/i;

/** First names a participant answers to: "Sarah" from "Sarah Lee", "Lee, Sarah" or sarah.lee@. */
/** "Joaquín" and "Joaquin" are the same name to a reader. */
const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}'-]/gu, '');

/** First names a participant answers to: "Sarah" from "Sarah Lee", "Lee, Sarah", sarah.lee@, and
 *  "Nadia" from "نادية فاروق (Nadia Farouk)" (a name in another script with a Latin one in brackets). */
function namesOf(p: MailAddress): string[] {
  const parts = p.name.split(/[()]/).map((part) => (part.includes(',') ? part.split(',').reverse().join(' ') : part));
  const firsts = parts.map((part) => part.trim().split(/\s+/)[0] ?? '');
  const local = p.address.split('@')[0]?.split(/[._-]/)[0] ?? '';
  return [...firsts, local].map(fold).filter((n) => n.length > 1);
}

/** The participant a name refers to, if exactly one answers to it. */
export function participantNamed(name: string, people: readonly MailAddress[]): MailAddress | null {
  const wanted = fold(name.replace(/^@/, ''));
  const hits = people.filter((p) => namesOf(p).includes(wanted));
  return hits.length === 1 ? hits[0]! : null;
}

const everyone = (p: Participants): MailAddress[] => [...(p.from ? [p.from] : []), ...p.to, ...p.cc];

/** Names addressed in a sentence: "Tom, …", "@Tom", "Please have Tom call me", "ask Tom to …". */
export function namedInSentence(sentence: string, people: Participants): MailAddress | null {
  const others = everyone(people).filter((p) => p.address !== people.from?.address);
  const candidates: string[] = [];
  const vocative = VOCATIVE.exec(sentence.trim().replace(/^(also|and|so|but|oh)\b[,\s]*/i, ''));
  if (vocative) candidates.push(...vocative[1]!.split(/\s*,\s*|\s+(?:and|&)\s+/));
  for (const m of sentence.matchAll(/@(\w+)|\b(?:have|ask|get|let|tell) ([A-Z][\w'-]+)\b/g)) candidates.push(m[1] ?? m[2]!);
  const found = candidates.map((n) => participantNamed(n, others)).filter((p): p is MailAddress => p !== null);
  return found.length === 1 ? found[0]! : null;
}

/** Names in the greeting line ("Hi Dana," / "Sam, Priya -"): one participant, or null if several. */
export function greetingOwner(firstLine: string, people: Participants): { owner: MailAddress | null; group: boolean } {
  const m = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning)?\s*([\p{L}'.,&\s-]{1,80}?)\s*[,:!–—-]*\s*$/iu.exec(firstLine);
  if (!m) return { owner: null, group: false };
  const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  if (names.some((n) => GROUP_GREETING.test(n))) return { owner: null, group: true };
  const found = names.map((n) => participantNamed(n.split(/\s+/)[0]!, everyone(people)));
  if (found.length === 1 && found[0]) return { owner: found[0], group: false };
  return { owner: null, group: found.length > 1 && found.every(Boolean) };
}

export interface OwnerInput {
  readonly kind: AskKind;
  readonly sentence: string;
  readonly forwarded: boolean;
  readonly people: Participants;
  /** Owner named by the greeting of the sender's own text, or "group" when it greets several. */
  readonly greeting: { owner: MailAddress | null; group: boolean };
  /** For forwarded asks: the colleague the forwarder named in their own text. */
  readonly forwardee: MailAddress | null;
}

export function chooseOwner(input: OwnerInput): OwnerChoice {
  const { kind, sentence, people, greeting } = input;
  if (kind === 'commitment') return { owner: people.from?.address.toLowerCase() ?? null, reason: 'the sender promised it' };
  if (input.forwarded) {
    return input.forwardee
      ? { owner: input.forwardee.address.toLowerCase(), reason: `named by the forwarder (${input.forwardee.name || input.forwardee.address})` }
      : { owner: null, reason: 'forwarded to the team without naming anyone' };
  }
  const named = namedInSentence(sentence, people);
  if (named) return { owner: named.address.toLowerCase(), reason: `named in the sentence (${named.name || named.address})` };
  if (GROUP.test(sentence)) return { owner: null, reason: 'asked of a group ("someone", "one of you")' };
  if (greeting.owner) return { owner: greeting.owner.address.toLowerCase(), reason: `named in the greeting (${greeting.owner.name || greeting.owner.address})` };
  if (greeting.group) return { owner: null, reason: 'the greeting addresses several people' };
  if (people.to.length === 1) return { owner: people.to[0]!.address.toLowerCase(), reason: 'the only To recipient' };
  return { owner: null, reason: `${people.to.length} To recipients and nobody named` };
}
