// Does the message ask its recipients for something? The ask extractor decides for mail a person
// wrote; notices, auto-replies and bulk mail ask nothing. Conventions for leads (see README.md
// beside this file): an inquiry always expects an answer (a prospect wrote in for help); a voicemail
// expects one when the caller's words ask for something ("please call me back"); a missed call with
// no message, or a voicemail with no transcript, asks nothing we can read: the voicemail item
// itself is the follow-up.
import { extractAsks } from '../extract';
import { classify } from '../extract/5-classify';
import { sentences } from '../extract/4-sentences';
import type { DetectableMessage } from './types';

const CALL_BACK = /\b(call (me|us)( back)?|give (me|us) a (call|ring)( back)?|ring (me|us)|return (my|the|this) call|get back to (me|us)|reach (me|us)|call back|let me know|text me|email me)\b/i;
const NO_CALL_BACK = /\b(no need to (call|get back|return)|(don't|do not) (need to )?(call|get back)|nothing needed|just wanted to (say|let you know))\b/i;
const WANTS = /\b(I|we)(\s+(need|want|would like|was hoping|am hoping)|['’]d like)\b|\?/i;
// Calls to action of pitches and spam ("CLICK HERE to try a live demo now", "Contact our experts today").
// Courtesies the extractor can mistake for asks: "We really appreciate all your help.", "Talk tomorrow."
const COURTESY = /^(we|i) (really |truly |so )?appreciate (all |everything )?(your|you)\b(?!.*\b(if|could|would)\b)|^(talk|speak) (soon|tomorrow|later|then|next week)\b|^see you\b|^(thanks|thank you)\b/i;
const DIRECT_QUESTION = /^(hi[!,.]?\s+)?(can|could|may|shall|should|would|will|do|does|did|are|is|have|has)\b.*\?$/i;
const CTA = /\b(click here|try (a|it|our|the)\b|(buy|order|shop|register|sign up|subscribe|download) (now|today)|contact our \w+( \w+)? today|visit (our|us))\b/i;

/** The words of a caller: do they ask for anything? */
export function transcriptAsks(transcript: string | null): boolean {
  if (!transcript || transcript.split(/\s+/).length < 3) return false;
  if (NO_CALL_BACK.test(transcript)) return false;
  return CALL_BACK.test(transcript) || WANTS.test(transcript) || sentences(transcript).some((s) => classify(s)?.kind === 'request');
}

/** Someone's own words (a form's message): does a sentence ask the firm for something? */
export function wordsAsk(text: string): boolean {
  // A question to nobody ("Lost money to an online scam?") is a pitch's hook, not an ask: the
  // classifier gives those its lowest confidence. One put to the reader ("Could Theo send me…?",
  // "Can I send over pricing?") opens with the verb.
  return sentences(text.slice(0, 20_000)).some((s) => {
    const c = classify(s);
    const direct = (c?.confidence ?? 0) > 0.55 || DIRECT_QUESTION.test(s);
    return !CTA.test(s) && !COURTESY.test(s) && c?.kind === 'request' && direct;
  });
}

/** A message a person wrote: does the extractor find a request in its new (or forwarded) text? */
export function messageAsks(message: DetectableMessage, body: string): boolean {
  const asks = extractAsks({
    id: message.id ?? '', conversationId: message.conversationId ?? null, internetMessageId: message.internetMessageId ?? null,
    subject: typeof message.subject === 'string' ? message.subject : '', from: message.from ?? null, to: message.to ?? [], cc: message.cc ?? [],
    sentAt: typeof message.sentAt === 'string' ? message.sentAt : '', timeZone: typeof message.timeZone === 'string' ? message.timeZone : 'UTC',
    bodyType: message.bodyType === 'html' ? 'html' : 'text', body, webLink: null,
  });
  return asks.some((a) => a.kind === 'request' && !CTA.test(a.text) && !COURTESY.test(a.text.trim()));
}
