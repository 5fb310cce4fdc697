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
  /^(how (was|were|are|is|did|have|has)|how's|hope (you|all|everyone|this|things|your)\b(?! (can|could|will)\b)|did you (have|enjoy)|isn't it|aren't we|who knew|what a|why not|can you believe|guess what|wow)\b/i,
  /\b(let (me|us) know|feel free|don't hesitate|do not hesitate)\b.{0,40}\b(any|other) (further )?(questions|concerns|issues|comments)\b/i,
  /^(please )?(feel free|don't hesitate|do not hesitate)\b/i,
  /\b(if (there is|there's) anything (else )?(I|we) can (do|help))\b/i,
  /\bplease (notify|contact) (the sender|us) (immediately|at once|by reply)/i,
  /\bplease (do not|don't) (reply|respond) to this\b/i,
  /\bplease consider the environment\b/i,
  // "Please find attached the draft." / "Please note the hearing moved." inform; they ask nothing.
  /^(please )?(find attached|see attached|see below|note that|be advised|be aware|keep in mind)\b|\bplease (find|see) (attached|enclosed|below)\b|\bplease keep in mind\b/i,
  /\bif you (should )?have any (further |other |additional )?(questions|concerns|comments)\b/i,
  // "Have a great weekend!" / "Let me know if you need anything else."
  /^have an? (good|great|nice|wonderful|happy|safe|lovely|relaxing|restful)\b/i,
  // "I don't think we will need the entire 90 minutes."
  /\b(don't|do not|doesn't|does not) think\b/i,
  /\blet (me|us) know if (you need|there's|there is) anything( else)?\b/i,
  // "* Press the name of the account you want to access": how to use an app, not an ask of anyone.
  /^\W*(press|tap|swipe|scroll|drag) (the|and|on|down|up)\b/i,
  // "We'd love to hear from you!" (a courtesy closing)
  /^(we|I)('d| would) love to hear from you\b/i,
  // "If you want to resend your commands, send them to lyris@…": a mailing list's self-service.
  /^if you\b[^.?!]{0,80}, send (them|it) to \S+@/i,
  // "You hated that e-mail didn't you?": a tag question answers itself.
  /\b(didn't|don't|isn't|aren't|wasn't|weren't|haven't|hasn't) (you|it|we|they|he|she)\?$/i,
  // Title companies' wire-fraud warning: "Before wiring any funds, please call our office…"
  /\b(wire fraud|before wiring)\b/i,
  // "If you'd like to view or change your account information, please visit $LINK", "If you would like
  // to remove yourself from this list click here:": optional self-service, nothing the reader owes anyone.
  /^if you(?:'d| would| wish| want| prefer| no longer| do not| don't| need (?:help|additional help))\b[^.?!]{0,120}?,?\s*(?:then )?(?:please |simply |just )?(?:click|tap|visit|follow|go to|log ?(?:on|in)|ignore)\b/i,
  // "Click here to start shopping now: $LINK", "Follow this link, $LINK if you do not want…"
  /^(?:click|tap) (?:here|below|the link)\b|^follow this link\b/i,
];

// Calls to action of newsletters and promotions are not asks of a person: "Shop now and get free
// shipping", "please add news@shop.example to your address book". (Bulk senders are recognised for
// the whole message in automated.ts; these catch promotional lines forwarded or pasted in. A person's
// "Please click the link to sign" stays an ask.)
const MARKETING = /\bplease add \S+@|\b(unsubscribe|future (mailings|e-?mails|messages)|opt[ -]out|sign up (now|today)|(shop|order|buy|save|register|download|subscribe|upgrade) (now|today)|free (trial|gift|shipping|delivery)|address book|safe senders?( list)?|(offer|deal|sale|discount|promotion)s? (valid|ends|expires)|no longer (wish|want) to receive|this (e-?mail|message) was sent to|rate (us|it)|app store|save (up to|an extra|\$|\d+%)|\d+% off|take advantage of this|huge discount|hurry|want to win|win \$|activate your (subscription|account|deal|alert)|(follow|click) (the|this) link below|visit below)\b|(^|\s)#[A-Za-z]\w{2,}/i;

/** "Go Here Now For Direct Access", "SEARCH NOW IF YOU WANT TO WIN!": headlines and banners. */
function isHeadline(s: string): boolean {
  const words = s.replace(/[^\p{L}\s'&-]/gu, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || /[?.]\s*$/.test(s) || /^please\b/i.test(s)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

const PATTERNS: readonly Pattern[] = [
  // "I'll send the revised draft tomorrow afternoon." / "We will circulate the exhibit list on Monday."
  // but not states: "I'll be out of the office", "We will be in Dallas on Saturday" ("I'll be sending" is an act).
  { kind: 'commitment', confidence: 0.85, pattern: /^(?:(?:of course|sure|ok(?:ay)?|yes|will do|no problem|absolutely|understood)[,.!]?\s+)?(I|we)\s*('ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to| are going to)\s+(?!(?:also |still |then |now |just )?(?:not\b|never\b|need\b|have to\b)|be (?:out|away|traveling|travelling|unavailable|closed|in|on|off|at|here|there|back)\b|be (?!\w+ing\b)|have to\b|need\b|see you\b|look forward\b|defer\b|miss\b)(\w+)/i },
  // "Norman and I will present the motion." / "I still plan to write the brief this weekend."
  { kind: 'commitment', confidence: 0.75, pattern: /^([A-Z][\w.'-]*\s+){1,3}and I (will|'ll|are going to) (?!be (?!\w+ing\b))\w+|^(I|we) (still |also )?plan to (send|file|write|draft|call|review|prepare|finish|get|submit|serve|meet|follow up)\b|^(I'm|I am|we're|we are) (happy|glad) to (draft|send|prepare|review|write|take|call|handle|cover|file)\b/i },
  // "If the judge rules today, I'll call the client tonight." / "I shall be glad to meet you and help with the project."
  { kind: 'commitment', confidence: 0.75, pattern: /^(if|when|once|after|as soon as|otherwise|since|until)\b[^,]{0,120},\s*(I|we)\s*('ll|’ll| will| shall|'m going to| am going to)\s+(?!be\b|not\b|never\b)\w+|^(I|we)\s*('ll| will| shall) be (glad|happy|pleased) to (meet|help|discuss|review|send|call|draft|take|prepare|handle)\b/i },
  // "I can get you the medical records by Friday."
  { kind: 'commitment', confidence: 0.75, pattern: /^(I|we) can (?!(be|see|tell|understand|imagine|assure|only|not|hardly|think|say|guess|certainly)\b|\w+ly\b)\w+/i },
  // "Let me check with the client and get back to you."
  { kind: 'commitment', confidence: 0.8, pattern: /^let me (?!know\b)(check|look into|find out|get back|see|confirm|circle back|follow up|ask|review|take a look|dig|call|bring|send|draft|get|talk|reach out|handle|take care|pull|run|think)\b/i },
  // "Can you send the revised draft by Thursday?" / "Could one of you also pull the logs?" / "Would you mind…?"
  { kind: 'request', confidence: 0.9, pattern: /\b(can|could|would|will|won't|wouldn't|can't|couldn't)\s+(you|we|someone|somebody|anyone|anybody|one of you|either of you|y'all|you all|you guys)\b[^?]*\?/i },
  // "Could you e-mail me your mailing address so I can send the check." (no question mark) / "Could I get an outline?"
  { kind: 'request', confidence: 0.85, pattern: /^(can|could|would|will)\s+(you|we|someone|one of you|i (get|have|ask|see|borrow|trouble you))\b|^(could|can|would) (send|forward|give|get|call|email|e-mail)\b/i },
  // "Per our conversation last night, can you take a look at my list and let me know…" (a lead-in, then the ask)
  { kind: 'request', confidence: 0.8, pattern: /^[^,?;:]{3,80},\s*(can|could|would|will)\s+(you|someone|one of you|either of you)\s+(?!(be|have|imagine|believe)\b)\w+/i },
  // "I was thinking I may come into Austin this weekend, let me know if that is good."
  { kind: 'request', confidence: 0.75, pattern: /[,;–-]\s*(please )?let (me|us) know (if|whether|what|when|how|which)\b/i },
  // "I need to ask you and Nancy a small favor." / "I wanted to inquire about taking the final on another day."
  { kind: 'request', confidence: 0.75, pattern: /\b(I|we) (need|wanted|want|would like|'d like) to (ask (you|if|whether)|inquire (about|if|whether)|check (with you|if you|whether you))\b|\bI expect (an answer|a response|your (answer|response|comments)|to hear (back )?from you)\b/i },
  // "You will still need to coordinate with the contract group." (a directive, not a forecast)
  { kind: 'request', confidence: 0.7, pattern: /^(you|you guys|you all)\s*('ll| will| would) (still |also |then )?need to\b/i },
  // "My recommendation is to call Mark Palmer first." / "Alison, better send me what you have." / "You might tell Mike…"
  { kind: 'request', confidence: 0.7, pattern: /^my (recommendation|suggestion|advice) (is|would be) (to|that you)\b|^(you'd |you had )?better (send|call|get|file|check|tell|ask|give|make|let)\b|^you (may|might|could) (tell|ask|let|remind|call|send|forward)\b/i },
  // "I think we as a management team should discuss the strategy." / "We should meet next week to go over the lease."
  { kind: 'request', confidence: 0.7, pattern: /\b(we|you and I)\b[^.?!]{0,40}\b(should|need to|might want to|ought to) (meet|discuss|talk|get together|chat|sit down|schedule|set up)\b/i },
  // "Any update on the mechanic's lien?" / "Did you get a chance to review it?"
  { kind: 'request', confidence: 0.85, pattern: /^(any (update|news|word|progress|luck|thoughts)|did you (get a chance|have a chance|manage|get|receive|hear|send|see|file)|have you (had a chance|heard|sent|filed|received|reviewed|spoken)|where are we on|what is the status|what's the status|when (can|could|will|would) (you|we))\b/i },
  // "Please confirm you're filing the responses." / "Kindly send the signed copy."
  // but not the verb: "a selection to please connoisseurs", "prices that will more than please you"
  { kind: 'request', confidence: 0.9, pattern: /^(please|pls|kindly)\b|(?<!\b(to|than|will|can|would|could) )\b(please|pls|kindly) (?!(you|everyone|everybody|all|them|him|her|a|an)\b)(\w+)/i },
  // "Let me know what you need from me." / "Make sure the exhibits are tabbed." / "Don't forget the retainer."
  { kind: 'request', confidence: 0.85, pattern: /^(let (me|us) know|make sure|be sure to|don't forget|do not forget|remember to|keep (me|us) (posted|updated|informed)|go ahead|feel free to send)\b/i },
  // "Don't file anything until we talk." / "Do not sign the release yet."
  { kind: 'request', confidence: 0.8, pattern: /^(don't|do not|never) (make|file|sign|send|serve|agree|accept|respond|reply|tell|talk|discuss|forward|share|pay|change|call|post|settle|waive|admit|produce|destroy|delete|give)\b/i },
  // "Client approved... go ahead."
  { kind: 'request', confidence: 0.8, pattern: /\bgo ahead\b/i },
  // "If you have a minute today, give me a call." / "If you could get the file to Joseph, I'd be grateful."
  { kind: 'request', confidence: 0.75, pattern: /^if\b[^.?!]{0,160}?,\s*(please |just |then )?(give|call|send|let me|let us|email|e-mail|ping|drop|get|shoot|ring|text|forward|come|stop by|swing by)\b|^if you (could|would)\b/i },
  // "You need to file the response by Friday." / "You may want to look into that."
  { kind: 'request', confidence: 0.7, pattern: /^(you|you guys|y'all|you all)\s+(need to|should|must|have to|will need to|'ll need to|ought to|might want to|may want to)\b|\byou (may|might) want to\b/i },
  // "I need the signed release from you by Friday." / "I do need your comments on the indemnity clause."
  { kind: 'request', confidence: 0.8, pattern: /\b(I|we)\s+(do |still |will |would |really |also )?(need|require|want)\s+(you|your|(?:[\w'-]+\s+){1,8}from you)\b/i },
  // "I'd like the full draft circulated a week before the deadline." / "I also need the final lien amounts."
  // (not "We need those before the 20th", which only dates the ask before it)
  { kind: 'request', confidence: 0.75, pattern: /\b(I|we)(\s+((do|still|also|will|would|really|then) ){0,2}(need|want|would like)|'d like)\s+(?!(those|these|them|it|that|this|to)\b)(the|a|an|your|at least|copies|all|some|any|updated|signed|final|\w+ (of|for|from))\b(?=.*\b(by|before|no later than|within|asap|today|tomorrow|from you|prior to|ahead of|then)\b)|^(I|we)('ll| will) (also |still )?need (a|an|the|your|copies|all)\b|^(I|we)('d| would) like (the|a|an|your|at least)\b/i },
  // "My retainer invoice is attached; payment is due by the end of the month."
  { kind: 'request', confidence: 0.65, pattern: /\b(payment|balance|invoice|retainer|fee|amount|deposit)s? (is|are) due\b/i },
  // "I'd appreciate it if you could…" / "It would be great if you could…" / "I'd like you to…" / "I'd appreciate your help."
  { kind: 'request', confidence: 0.8, pattern: /\b(I|we)('d| would)? (really |greatly |truly |sincerely )?(appreciate|be grateful|like you to|love (it )?if you|welcome your)|\bit would be (great|helpful|good|nice|ideal) if (you|someone|we could)\b|\b(I|we)('d| would) (like|love|appreciate) (your|any|some)\b/i },
  // "The physical therapist wants to know if you can send her the letter of protection by Friday."
  { kind: 'request', confidence: 0.75, pattern: /\b(wants?|would like|needs?|asked) to know (if|whether|when) (you|your)\b/i },
  // "I'll be glad if you can walk me through it."
  { kind: 'request', confidence: 0.75, pattern: /\b(glad|happy|grateful|thankful|obliged) if you (can|could|would)\b/i },
  // "I was wondering if you could forward my resume." / "I just wanted to know whether you still had time."
  { kind: 'request', confidence: 0.75, pattern: /\b(I|we) (was|were|am|are) wondering (if|whether)\b|\b(I|we) (just |also |only )?want(ed)? to (know|ask|check|confirm|see if|find out|follow up|discuss|touch base|get your)\b|\b(I|we) need to (know|talk|discuss|meet|hear|see|speak)\b/i },
  // "I'd like to discuss the settlement with you this week." / "I hope you can join us."
  { kind: 'request', confidence: 0.7, pattern: /\b(I|we)('d| would) (like|love) (the opportunity )?to (discuss|talk|meet|get together|see you|hear|ask|schedule|set up|chat|speak|catch up|get|know|invite|have|review|go over|sit)\b|\b(I|we)('d| would) (like|love) (the opportunity )?to \w+ (with |to )?you\b/i },
  // "Let's get together on Monday." / "How about lunch today?" / "We should discuss the non-compete."
  { kind: 'request', confidence: 0.7, pattern: /^(let's|lets|let us)\b(?!\s+(know|not)\b)|^how about\b|\bwhy don't (we|you)\b|\bshall we\b|^(maybe )?(we|i) (should|could|can|might) (meet|discuss|talk|get together|schedule|set up|have (a |an )?(call|lunch|dinner|meeting|discussion)|grab|plan|connect|touch base)\b/i },
  // "Can I get the rates and photos please" / "Thanks – send it over when ready, please."
  { kind: 'request', confidence: 0.75, pattern: /\bplease[.!]*$/i },
  // "I would suggest that we set up a follow-up meeting." / "I think we need to get back to the insurer next week."
  { kind: 'request', confidence: 0.7, pattern: /\bI (would |'d )?(suggest|propose|recommend) (that )?(we|you)\b|\bI think (that )?(we|you) (need to|should|must|ought to)\b|\b(I|we) (was|were|am|are) hoping (that )?(you|we|maybe)\b|\bhope (you|we) (can|could|will)\b/i },
  // "If you are free one evening we can have dinner." / "It would be great to meet in person." / "Would be useful to get a copy."
  { kind: 'request', confidence: 0.65, pattern: /\bwe (can|could|should|will have to|'ll have to|need to) (meet|discuss|talk|get together|have (dinner|lunch|a call|a meeting|a discussion)|chat|sit down|go over)\b|\bit would be (great|good|useful|helpful|nice) (to|if we could) (meet|discuss|talk|get|have|see|sit)\b|^would be (useful|great|helpful|nice|good|happy) to\b/i },
  // "We need to turn in the inventory list before Friday." / "You just need to complete the intake form."
  { kind: 'request', confidence: 0.6, pattern: /^(we|you)( just| still| really| also)? (need to|have to|must)\b/i },
  // "Lyn asked that you join him at the hotel." / "It would be useful for Ken to join the call." / "…but let's meet Monday."
  { kind: 'request', confidence: 0.65, pattern: /\b(asked|ask|requests?|requested) that you\b|\bit would be (useful|helpful|great|good|best) for \w+ to\b|\blet's\b(?! not\b)|\b(I|we) (would )?hope you (would|will|can|could)\b/i },
  // "Is the hearing still on for Tuesday." / "Are these good locations, or does someone have another proposal"
  // (questions whose "?" was lost)
  { kind: 'request', confidence: 0.55, pattern: /^(are|is|do|does|did|have|has|should|shall|will|would|can|could|may) (you|we|they|there|these|those|this|that|the|it|he|she|anyone|someone|any|our|your)\b/i },
  // "When can we meet to go over the settlement terms." (a question without its "?")
  { kind: 'request', confidence: 0.6, pattern: /^(when|what time|where|how soon) (are|can|could|should|do|will|would) (we|you)\b/i },
  // "I'm free for lunch Wednesday or Thursday." / "Thursday afternoon would be best." / "I may need to talk to you tomorrow."
  { kind: 'request', confidence: 0.6, pattern: /^(I am|I'm|we are|we're) (open|free|available) (for|on|at|to|any|this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday)\b|^([\w'-]+ ){0,4}(would|should) (be|work) (great|best|good|fine|perfect|better|ideal)\b(?=.*\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|lunch|dinner|week|tomorrow|today|\d)\b)|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|week after next)\b[^.?!]{0,40}\b(would|should) (be|work)\b|\b(I|we) (might |may )?need to (talk|speak|meet) (to|with) you\b/i },
  // "If you have a moment, give me a call." anywhere in the sentence
  { kind: 'request', confidence: 0.7, pattern: /\b(give me a (call|buzz|ring|shout|holler)|get back to me|call me (back|when|at|on|tomorrow|today|asap|soon))\b/i },
  // "Send me the engagement letter ASAP." and the other common instructions
  { kind: 'request', confidence: 0.85, pattern: /^(send|confirm|call|email|e-mail|review|sign|forward|file|draft|prepare|schedule|book|update|check|pull|take|get|give|provide|share|circulate|reach out|follow up|look(?! forward)|find|ask|tell|have|bring|print|submit|serve|complete|fill|return|reply|respond|set up|arrange|contact|touch base|loop|cc|calendar|docket|research|remind|flag|mark|revise|edit|finalize|send over|shoot|ping|text|notify|scan|upload|attach|order|request|obtain|draft up|put together|double-check|verify|talk|discuss|meet|come|stop by|join|give me a call|holler|path|note)\b/i },
  // "…, so I'm going to finish the rider tonight." / "the court sent a letter — I'll scan it and send it to you."
  { kind: 'commitment', confidence: 0.7, pattern: /(?:[,;:—–]\s*|\s-\s|\b(?:so|and|but|then)\s+)(I|we)\s*('ll|’ll| will| shall|'m going to|’m going to| am going to)\s+(?!be\b|not\b|never\b|need\b|have to\b|see you\b|look forward\b|defer\b|miss\b)\w+/i },
];

// "Also, …", "In the meantime, …", "On that account, …", "As for your brother, …"
const LEADING_CONNECTOR = /^((hey|hi|also|and|so|but|then|oh|ok(ay)?|one more thing|separately|finally|lastly|meanwhile|in the meantime|p\.?s\.?|btw|by the way|one last thing|first|second|third|next)\b[,:;\s-]*|(on|as for|as to|regarding|re|about|with respect to|in)\b [^,]{1,40},\s*)/i;

// "Marcus - can you take the shipping logs?" / "Sam, Priya: please confirm…" / "@Tom send it over."
// Names are bounded and separated unambiguously, so a long run of capitals cannot backtrack exponentially.
export const VOCATIVE = /^@?([A-Z][\w'.-]{0,30}(?:(?:\s*,\s*|\s+(?:and|&)\s+)@?[A-Z][\w'.-]{0,30}){0,5})\s*(?:,|:|\s[-–—]+)\s*/;

/** The few words that made the ask: "Can you send", "Please confirm", "I'll send". */
const triggerWords = (match: string): string => match.trim().split(/\s+/).slice(0, 3).join(' ').replace(/[?,.!]+$/, '');

/** Longer than any sentence a person writes: a run-on of pasted data, not an ask (and it keeps every
 *  rule below linear in practice). */
const MAX_SENTENCE = 1000;

export function classify(sentence: string): Classification | null {
  if (sentence.length > MAX_SENTENCE || !/\p{L}/u.test(sentence)) return null;
  const s = sentence.replace(/[’‘]/g, "'").replace(/[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u, '').trim().replace(LEADING_CONNECTOR, '').replace(VOCATIVE, '').replace(LEADING_CONNECTOR, '');
  if (s.length < 3 || BOILERPLATE.test(s) || MARKETING.test(s) || isHeadline(s) || NOT_ASKS.some((p) => p.test(s))) return null;
  for (const { kind, pattern, confidence } of PATTERNS) {
    const m = pattern.exec(s);
    if (m) return { kind, confidence, trigger: triggerWords(m[0]) };
  }
  if (/\?["'”’)]*$/.test(s)) {
    // "Is the hearing still on for Tuesday?" / "Is there an agenda for the meeting on the 5th?"
    return { kind: 'request', confidence: /\b(you|your|we|anyone|someone)\b/i.test(s) ? 0.65 : 0.55, trigger: '?' };
  }
  if (!s.endsWith('?') && opensWithImperative(s)) {
    return { kind: 'request', confidence: 0.65, trigger: s.split(/\s+/)[0] ?? '' };
  }
  return null;
}
