// Stage 5: is this sentence a request or a commitment, and which words say so? Rules first,
// each under the sentence it handles; compromise decides only imperatives the lists miss.
import type { AskKind } from './types';
import { BOILERPLATE } from './3-clean';
import { opensWithImperative } from './nlp';

export interface Classification {
  readonly kind: AskKind;
  readonly trigger: string;
  readonly confidence: number;
}

interface Pattern {
  readonly kind: AskKind;
  readonly pattern: RegExp;
  readonly confidence: number;
}

// "Also, how was the conference?" / "Hope you had a good weekend." / "Let me know if you have any questions."
const NOT_ASKS: readonly RegExp[] = [
  /^(how (was|were|are|is|did|have)|how's|hope|did you (have|enjoy)|isn't it|aren't we|who knew|what a|why not)\b/i,
  /\b(let (me|us) know|feel free|don't hesitate|do not hesitate)\b.{0,40}\b(any|other) (further )?(questions|concerns|issues|comments)\b/i,
  /^(please )?(feel free|don't hesitate|do not hesitate)\b/i,
  /\b(if (there is|there's) anything (else )?(I|we) can (do|help))\b/i,
  /\bplease (notify|contact) (the sender|us) (immediately|at once|by reply)/i,
  /\bplease (do not|don't) (reply|respond) to this\b/i,
  /\bplease consider the environment\b/i,
];

const PATTERNS: readonly Pattern[] = [
  // "I'll send the revised draft tomorrow afternoon." / "We will circulate the exhibit list on Monday."
  // but not "I'll be out of the office" or "We will be closed".
  { kind: 'commitment', confidence: 0.85, pattern: /^(?:(?:of course|sure|ok(?:ay)?|yes|will do|no problem|absolutely|understood)[,.!]?\s+)?(I|we)\s*('ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to| are going to)\s+(?!be (?:out|away|traveling|travelling|unavailable|closed|in court|on vacation|off)\b)(\w+)/i },
  // "I can get you the medical records by Friday."
  { kind: 'commitment', confidence: 0.75, pattern: /^(I|we) can (get|send|have|do|prepare|draft|call|file|take|handle|cover|look)\b/i },
  // "Let me check with the client and get back to you."
  { kind: 'commitment', confidence: 0.8, pattern: /^let me (check|look into|find out|get back|see|confirm|circle back|follow up|ask|review|take a look|dig)\b/i },
  // "Can you send the revised draft by Thursday?" / "Could one of you also pull the logs?" / "Would you mind…?"
  { kind: 'request', confidence: 0.9, pattern: /\b(can|could|would|will|won't|wouldn't|can't|couldn't)\s+(you|we|someone|somebody|anyone|anybody|one of you|either of you|y'all|you all|you guys)\b[^?]*\?/i },
  // "Any update on the mechanic's lien?" / "Did you get a chance to review it?"
  { kind: 'request', confidence: 0.85, pattern: /^(any (update|news|word|progress|luck|thoughts)|did you (get a chance|have a chance|manage|get|receive|hear|send|see|file)|have you (had a chance|heard|sent|filed|received|reviewed|spoken)|where are we on|what is the status|what's the status|when (can|could|will|would) (you|we))\b/i },
  // "Please confirm you're filing the responses." / "Kindly send the signed copy."
  { kind: 'request', confidence: 0.9, pattern: /^(please|pls|kindly)\b|\b(please|pls|kindly) (\w+)/i },
  // "Let me know what you need from me." / "Make sure the exhibits are tabbed." / "Don't forget the retainer."
  { kind: 'request', confidence: 0.85, pattern: /^(let (me|us) know|make sure|be sure to|don't forget|do not forget|remember to|keep (me|us) (posted|updated|informed)|go ahead|feel free to send)\b/i },
  // "Client approved... go ahead."
  { kind: 'request', confidence: 0.8, pattern: /\bgo ahead\b/i },
  // "I need the signed release from you by Friday." / "I do need your comments on the indemnity clause."
  { kind: 'request', confidence: 0.8, pattern: /\b(I|we)\s+(do |still |will |would |really )?(need|require|want)\s+(you|your|(?:[\w'-]+\s+){1,8}from you)\b/i },
  // "I'd appreciate it if you could…" / "It would be great if you could…" / "I'd like you to…"
  { kind: 'request', confidence: 0.8, pattern: /\b(I|we)('d| would) (really )?(appreciate|be grateful|like you to|love (it )?if you)|\bit would be (great|helpful|good|nice|ideal) if (you|someone)\b/i },
  // "Send me the engagement letter ASAP." and the other common instructions
  { kind: 'request', confidence: 0.85, pattern: /^(send|confirm|call|email|e-mail|review|sign|forward|file|draft|prepare|schedule|book|update|check|pull|take|get|give|provide|share|circulate|reach out|follow up|look|find|ask|tell|have|bring|print|submit|serve|complete|fill|return|reply|respond|set up|arrange|contact|touch base|loop|cc|calendar|docket|research|remind|flag|mark|revise|edit|finalize|send over|shoot|ping|text|notify|scan|upload|attach|order|request|obtain|draft up|put together|double-check|verify)\b/i },
];

const LEADING_CONNECTOR = /^(also|and|so|but|then|oh|ok(ay)?|one more thing|separately|finally|lastly|meanwhile|in the meantime|p\.?s\.?|btw|by the way|one last thing|first|second|third|next)\b[,:;\s-]*/i;

// "Marcus - can you take the shipping logs?" / "Sam, Priya: please confirm…" / "@Tom send it over."
export const VOCATIVE = /^@?([A-Z][\w'.-]*(?:\s*(?:,|and|&)\s*@?[A-Z][\w'.-]*)*)\s*(?:,|:|\s[-–—]+)\s*/;

/** The few words that made the ask: "Can you send", "Please confirm", "I'll send". */
const triggerWords = (match: string): string => match.trim().split(/\s+/).slice(0, 3).join(' ').replace(/[?,.!]+$/, '');

export function classify(sentence: string): Classification | null {
  const s = sentence.trim().replace(LEADING_CONNECTOR, '').replace(VOCATIVE, '').replace(LEADING_CONNECTOR, '');
  if (s.length < 3 || BOILERPLATE.test(s) || NOT_ASKS.some((p) => p.test(s))) return null;
  for (const { kind, pattern, confidence } of PATTERNS) {
    const m = pattern.exec(s);
    if (m) return { kind, confidence, trigger: triggerWords(m[0]) };
  }
  if (s.endsWith('?') && /\b(you|your|we|anyone|someone)\b/i.test(s)) {
    // "Is the hearing still on for Tuesday, or should we expect a continuance?"
    return { kind: 'request', confidence: 0.6, trigger: '?' };
  }
  if (!s.endsWith('?') && opensWithImperative(s)) {
    return { kind: 'request', confidence: 0.65, trigger: s.split(/\s+/)[0] ?? '' };
  }
  return null;
}
