// What the caller said, when the phone system transcribed it: a "Transcription:" / "Voicemail
// preview:" field, a quoted block, or (Exchange UM, Google Voice) the body itself once the notice's
// own lines are taken away. Transcription may be off ("Transcription not available").
import { fieldValue, type Field } from './fields';

const PLACEHOLDER = /^\W*(\(?no transcri(pt|ption)( available)?\)?|transcri(pt|ption)s? (is |are )?(not available|unavailable|disabled|turned off|pending)|\[?(silence|inaudible|no speech|blank)\]?)\W*$|\btranscri(pt|ption) (is )?(not available|unavailable|disabled|turned off)\b/i;
// Lines of the notice around the message: never the caller's words.
const NOTICE_LINE = /\b(you (have|received|got) (a |an |\d+ )?(new )?(voice ?mail|voice message|missed call)|you missed a call|tried (to )?(call|calling|reach|reaching) you|left (you )?a voice ?mail|preview provided by|learn more|thank you for using|open .{0,30}to listen|to listen|listen (in|on|to)|play message|view in|manage notifications|notification settings|is attached|copyright|powered by|call back (in|from)|no voice ?mail|did(n't| not) leave|your account|help center|voice settings|the .{0,20} team$|^hi [\w ]{1,40},$|^hello [\w ]{1,40},$)/i;
const FIELD_LINE = /^[\s*•-]*[\p{L}][\p{L} /'#-]{0,30}:\s*\S/u;
const PHONE_OR_NAME_LINE = /^[\s(+\d).-]{7,}$|^[\p{Lu}][\p{L}'-]+( [\p{Lu}][\p{L}'-]+){0,2}$/u;

const usable = (t: string | null): string | null => {
  const s = t?.replace(/^["“]|["”]$/g, '').replace(/\s+/g, ' ').trim() ?? '';
  return s.length >= 3 && !PLACEHOLDER.test(s) && /\p{L}{2}/u.test(s) ? s : null;
};

/** The caller's paragraph when the notice has no transcript field: the longest paragraph that is
 *  not the notice's own wording and reads like speech (it has "I", "my", "you"…). */
function spokenParagraph(text: string): string | null {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.split('\n')
    .filter((l) => !NOTICE_LINE.test(l.trim()) && !FIELD_LINE.test(l) && !PHONE_OR_NAME_LINE.test(l.trim()))
    .map((l) => l.replace(/^\s*>\s?/, '')).join(' ').trim());
  const speech = paragraphs.filter((p) => p.split(/\s+/).length >= 5 && /\b(I|I'm|my|me|you|we|us|this is|it's)\b/i.test(p) && !PLACEHOLDER.test(p));
  return speech.sort((a, b) => b.length - a.length)[0] ?? null;
}

export interface Transcript {
  readonly text: string | null;
  readonly source: string | null;
  /** True when the notice says transcription was off or failed. */
  readonly unavailable: boolean;
}

export function findTranscript(text: string, fields: readonly Field[]): Transcript {
  const unavailable = /transcri(pt|ption)s? (is |are )?(not available|unavailable|disabled|turned off)|no transcri(pt|ption)/i.test(text);
  const labelled = usable(fieldValue(fields, 'transcript')) ?? usable(fieldValue(fields, 'message'));
  if (labelled) return { text: labelled, source: "the notice's transcription field", unavailable };
  // Dialpad and Zoom quote the message: "…left you a voicemail (0:27).\n\n"Hey Theo, …""
  const quoted = usable(/(?:^|\n)\s*["“]([^"”]{10,4000})["”]\s*(?:\n|$)/.exec(text)?.[1] ?? null);
  if (quoted) return { text: quoted, source: 'the quoted message', unavailable };
  if (unavailable) return { text: null, source: null, unavailable };
  const spoken = usable(spokenParagraph(text));
  return spoken ? { text: spoken, source: 'the message body', unavailable } : { text: null, source: null, unavailable };
}
