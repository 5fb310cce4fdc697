// Is this message a voicemail or missed-call notice? Exchange/Teams unified messaging marks its own
// (message class, UM headers); phone systems (RingCentral, Zoom Phone, 8x8, Vonage, Dialpad,
// Nextiva…) send mail whose subject and first lines say so. A newsletter that talks about voicemail
// has neither the class nor the notice's sentences, nor a caller.
import type { ReadMessage } from './message-text';

// [MS-OXOUM] 2.2.2.1: IPM.Note.Microsoft.Voicemail.UM(.CA), …Missed.Voice, …Missed, …VoiceMessage.UA.
// (…Conversation.Voice is the record of an answered call, so it is not one.)
const UM_CLASS = /^IPM\.Note\.Microsoft\.(Voicemail|Missed|VoiceMessage)(\.|$)/i;
const UM_HEADERS = ['X-CallingTelephoneNumber', 'X-VoiceMessageDuration', 'X-VoiceMessageSenderName'];

// "Voice Mail (18 seconds)", "Voicemail from …", "New Voice Message from …", "Missed call from …",
// "Zoom Phone: Missed call from …", "Voicemail Message from 2155550168 - 45 sec", "Missed Call: (484)…",
// "You have a new voicemail", "Vonage: You have 1 new voice message", "Missed Call Alert".
const SUBJECT = /^(?:\[[^\]]{1,40}\]\s*|[\w. ]{1,20}:\s+)?(?:(?:new|you have (?:an?|\d+)(?: new)?|you received an?|you)\s+)?(?:voice ?mail|voice message|missed (?:phone |teams |a )?call)s?(?:\s+(?:message|received|left))?\s*(?:from\b|\(|:|-|–|for\b|in mailbox\b|received\b|alert\b|notification\b|$)/i;
// "8x8 Voicemail: new message from 301-555-0160": the vendor's name, then the notice.
const SUBJECT_NEW_MESSAGE = /\bvoice ?mail\b.{0,20}\bnew (voice )?message\b/i;
const REPLY_OR_FORWARD = /^\s*(re|fw|fwd|aw|wg|tr|rv)\s*:/i;

// The sentences and title lines of the notices themselves.
const BODY = [
  /\byou (have|received|got) (a |an |\d+ )?(new )?(voice ?mail|voice message|missed call)s?\b/i,
  /\byou missed a call\b|\btried (to )?(call|calling|reach|reaching) you\b|\b(did not|didn't) leave a (voice ?mail|voice message|message)\b|\bno (voice ?mail|message) was left\b|\bhung up before leaving\b/i,
  // "(215) 555-0142 left a voicemail for Main Line" — but not a person writing "I left a voicemail for opposing counsel".
  /\)\s+left (you )?a voice ?mail\b|(?<!\b(I|we|I've|we've|I have|we have|I just|we just|also|and) )\bleft (you )?a voice ?mail (for|on)\b|^\S.{0,60}\bleft you a voice ?mail \(\d/im,
  /^\s*(new voice ?mail|new voice message|voicemail message|missed call( notification| alert)?)\s*:?\s*$/im,
  // "The voice message is attached as a WAV file."
  /\bvoice ?(mail|message) is attached\b/i,
];

// Calls to action of marketing mail: never in a phone system's notice.
const MARKETING = /\b(unsubscribe|webinar|register (now|today)|free trial|book a demo|download (the|our) (guide|report)|release notes|what's new)\b/i;

export interface VoicemailMarkers {
  /** Class or UM headers: Exchange says it is one. */
  readonly strong: string[];
  readonly subject: string | null;
  readonly body: string | null;
  readonly audio: string | null;
  readonly marketing: boolean;
  readonly missedCall: boolean;
}

export function voicemailMarkers(m: ReadMessage): VoicemailMarkers {
  const strong: string[] = [];
  if (UM_CLASS.test(m.messageClass)) strong.push(`message class ${m.messageClass}`);
  for (const h of UM_HEADERS) if (m.header(h)) strong.push(`${h} header`);
  const subject = !REPLY_OR_FORWARD.test(m.subject) && (SUBJECT.test(m.subject) || SUBJECT_NEW_MESSAGE.test(m.subject)) ? m.subject : null;
  const head = m.text.slice(0, 6000);
  const bodyHit = BODY.map((p) => p.exec(head)).find(Boolean);
  const audio = m.attachments.find((a) => /^audio\//i.test(a.contentType) || /\.(mp3|wav|m4a|wma|ogg|amr)$/i.test(a.name));
  const missed = /missed/i.test(m.messageClass) || /\bmissed (phone |teams )?call\b|\byou missed a call\b/i.test(`${m.subject}\n${head}`);
  return {
    strong,
    subject,
    body: bodyHit ? bodyHit[0].trim() : null,
    audio: audio ? `audio attachment ${audio.name || audio.contentType}` : null,
    marketing: MARKETING.test(head) || MARKETING.test(m.subject),
    missedCall: missed && !/voice ?mail|voice message/i.test(m.messageClass),
  };
}

/** Evidence that the message is a voicemail or missed-call notice, or null when it is not one.
 *  `identified` says whether a caller (number or name) was found: notices always name one. */
export function voicemailEvidence(k: VoicemailMarkers, identified: boolean): string[] | null {
  if (k.strong.length > 0) return [...k.strong, ...(k.subject ? [`subject "${k.subject}"`] : [])];
  if (k.marketing) return null;
  const found = [k.subject && `subject "${k.subject}"`, k.body && `notice text "${k.body}"`, k.audio].filter((x): x is string => Boolean(x));
  if (k.subject && (identified || k.body || k.audio)) return found;
  if (k.body && identified) return found;
  return null;
}
