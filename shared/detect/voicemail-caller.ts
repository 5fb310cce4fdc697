// Who called, from what number, for how long: from the UM headers, the notice's fields ("From:",
// "Caller:", "Calling Number:", "Length:"), the subject ("Voicemail from Carla Nunez (+1 610…)") and
// the caller's own words ("Hi, this is Carla Nunez").
import { findDuration, parseDuration } from './duration';
import { fieldValue, type Field } from './fields';
import type { ReadMessage } from './message-text';
import { cleanPersonName, isFullName, selfIntroduction } from './person-name';
import { findPhones, normalizePhone } from './phone';

export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
}

// The firm's own line in a notice ("To: Main Line (610) 555-0100", "Called: …", "Mailbox: 200").
const OWN_LINE = /^\s*(to|called|called number|mailbox|extension|line|for)\s*:.*$/gim;
// "from Carla Nunez (+1 …)", "from SHAW DEREK (484) …", "Dialpad: Marcus Hale (+1 …) left you…"
const FROM_NAME = /\bfrom\s+([^\n()+\d,;:]{2,60}?)\s*(?:[(+\d]|\bat\b|\bon\b|[.,;:]|$)/gim;
const LEFT_NAME = /^\s*([^\n()+\d,;:]{2,60}?)\s*(?:\([^)]*\)\s*)?(?:left (?:you )?a voice ?mail|tried (?:to )?(?:call|calling|reach|reaching) you)/im;

const first = <T>(list: ReadonlyArray<Sourced<T> | null>): Sourced<T> | null => list.find((x): x is Sourced<T> => x !== null) ?? null;
const phoneIn = (text: string | null): string | null => (text ? findPhones(text)[0]?.e164 ?? null : null);

/** The caller's number: header, then the notice's caller fields, then the subject, then the body
 *  without the firm's own line. */
export function callerPhone(m: ReadMessage, fields: readonly Field[], notice: string): Sourced<string> | null {
  const header = m.header('X-CallingTelephoneNumber');
  const fromName = m.from?.name ?? '';
  return first([
    header && normalizePhone(header) ? { value: normalizePhone(header)!, source: 'X-CallingTelephoneNumber header' } : null,
    ...(['callerNumber', 'caller', 'from'] as const).map((key) => {
      const value = phoneIn(fieldValue(fields, key));
      return value ? { value, source: `the notice's ${key === 'callerNumber' ? 'caller number' : key} field` } : null;
    }),
    phoneIn(m.subject) ? { value: phoneIn(m.subject)!, source: 'the subject' } : null,
    phoneIn(notice.replace(OWN_LINE, '')) ? { value: phoneIn(notice.replace(OWN_LINE, ''))!, source: 'the notice text' } : null,
    normalizePhone(fromName) ? { value: normalizePhone(fromName)!, source: "the sender's display name" } : null,
  ]);
}

function namesInNotice(m: ReadMessage, fields: readonly Field[], notice: string): Array<Sourced<string>> {
  const out: Array<Sourced<string>> = [];
  const add = (raw: string | null | undefined, source: string) => {
    const name = cleanPersonName(raw?.replace(/\(.*$/, '').replace(/[+\d].*$/, ''));
    if (name) out.push({ value: name, source });
  };
  add(m.header('X-VoiceMessageSenderName'), 'X-VoiceMessageSenderName header');
  for (const match of m.subject.matchAll(FROM_NAME)) add(match[1], 'the subject');
  add(/^voice ?mail:\s*([^(]+)/i.exec(m.subject)?.[1], 'the subject');
  add(fieldValue(fields, 'caller'), "the notice's caller field");
  add(fieldValue(fields, 'from'), "the notice's From field");
  add(LEFT_NAME.exec(notice)?.[1], 'the notice text');
  for (const match of notice.slice(0, 1000).matchAll(FROM_NAME)) add(match[1], 'the notice text');
  // Exchange may send a voicemail under the caller's own name ("Microsoft Outlook" is no one). Phone
  // systems sign as themselves ("Zoom", "Google Voice"), so only Exchange's own messages count here.
  if (/^IPM\.Note\.Microsoft\./i.test(m.messageClass)) add(m.from?.name, "the sender's display name");
  return out;
}

/** The caller's name: a full name the caller gave, else what caller ID or the notice says, else the
 *  first name the caller gave. Caller ID names a line's owner, who may not be the one calling. */
export function callerName(m: ReadMessage, fields: readonly Field[], notice: string, transcript: string | null): Sourced<string> | null {
  const spoken = transcript ? selfIntroduction(transcript) : null;
  if (spoken && isFullName(spoken)) return { value: spoken, source: 'the caller introduces themself' };
  const listed = namesInNotice(m, fields, notice);
  // A mixed-case name is written by a person or a directory; ALL CAPS is a carrier's listing.
  const haystack = `${m.subject}\n${notice}\n${m.header('X-VoiceMessageSenderName') ?? ''}`;
  const written = listed.find((n) => isFullName(n.value) && !isShouted(n.value, haystack));
  if (written) return written;
  if (spoken) return { value: spoken, source: 'the caller introduces themself' };
  return listed[0] ?? null;
}

/** True when the name only appears in capitals ("SHAW DEREK"): cleanPersonName title-cased it. */
const isShouted = (name: string, haystack: string): boolean => !haystack.includes(name) && haystack.includes(name.toUpperCase());

/** Seconds: the UM header, the notice's length field, or a length in the subject or text. */
export function callDuration(m: ReadMessage, fields: readonly Field[], notice: string): Sourced<number> | null {
  const header = m.header('X-VoiceMessageDuration');
  const fromHeader = header ? parseDuration(header) : null;
  if (fromHeader !== null) return { value: fromHeader, source: 'X-VoiceMessageDuration header' };
  const field = fieldValue(fields, 'duration');
  const fromField = field ? parseDuration(field) : null;
  if (fromField !== null) return { value: fromField, source: "the notice's length field" };
  const said = findDuration(m.subject) ?? findDuration(notice);
  return said !== null ? { value: said, source: 'the subject or notice text' } : null;
}
