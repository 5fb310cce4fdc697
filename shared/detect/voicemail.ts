// A voicemail or missed call as a lead: who called, their number (E.164), how long, what they said.
import { fieldValue, parseFields } from './fields';
import { isFirmAddress, type ReadMessage } from './message-text';
import { cleanPersonName } from './person-name';
import { findPhones } from './phone';
import type { Caller, Contact } from './types';
import { callDuration, callerName, callerPhone } from './voicemail-caller';
import { voicemailEvidence, voicemailMarkers } from './voicemail-markers';
import { findTranscript } from './transcript';

export interface VoicemailReading {
  readonly caller: Caller;
  /** How to reach the caller: the number they asked to be called back on, else caller ID. */
  readonly contact: Contact;
  readonly missedCall: boolean;
  readonly evidence: string[];
}

// "call me back at 610 555 0119", "my number is…", "you can reach me at…"
const CALLBACK_NUMBER = /\b(call (me|us)( back)?( at| on)?|reach (me|us)( at| on)?|my (cell|number|phone)( number)? is|number is|at this number)\b/i;

function callbackPhone(transcript: string | null): string | null {
  if (!transcript) return null;
  const cue = CALLBACK_NUMBER.exec(transcript);
  const after = cue ? findPhones(transcript.slice(cue.index))[0] : undefined;
  return after?.e164 ?? findPhones(transcript)[0]?.e164 ?? null;
}

// Mailboxes that send notices, not people: "MicrosoftExchange329e…@", "voicemail@", "pbx@".
const SYSTEM_MAILBOX = /^(microsoftexchange|voicemail|voice|vm|pbx|phone|calls?|fax|no-?reply|notifications?|alerts?|service)/i;

/** A colleague writing "you got a voicemail from Mr. Lee" relays a message; the notice is the
 *  phone system's own mail. */
function fromFirmPerson(m: ReadMessage, firmDomains: readonly string[]): boolean {
  const address = m.from?.address ?? '';
  return isFirmAddress(address, firmDomains) && !SYSTEM_MAILBOX.test(address) && cleanPersonName(m.from?.name) !== null;
}

/** The voicemail reading of `m`, or null when it is not a voicemail or missed-call notice. */
export function readVoicemail(m: ReadMessage, firmDomains: readonly string[] = []): VoicemailReading | null {
  const markers = voicemailMarkers(m);
  if (markers.strong.length === 0 && !markers.subject && !markers.body) return null;
  if (markers.strong.length === 0 && fromFirmPerson(m, firmDomains)) return null;
  const notice = m.text.slice(0, 20_000);
  const fields = parseFields(notice);
  const transcript = findTranscript(notice, fields);
  const phone = callerPhone(m, fields, transcript.text ? notice.replace(transcript.text, '') : notice);
  const name = callerName(m, fields, notice, transcript.text);
  const evidence = voicemailEvidence(markers, Boolean(phone || name || fieldValue(fields, 'caller')));
  if (!evidence) return null;
  const duration = callDuration(m, fields, notice);
  const callback = callbackPhone(transcript.text);
  const why = [
    ...evidence,
    phone ? `number from ${phone.source}` : 'no caller number (withheld or not stated)',
    ...(name ? [`name from ${name.source}`] : []),
    ...(duration ? [`duration from ${duration.source}`] : []),
    transcript.text ? `transcript from ${transcript.source}` : transcript.unavailable ? 'transcription not available' : 'no transcript',
  ];
  return {
    caller: { name: name?.value ?? null, phone: phone?.value ?? null, durationSeconds: duration?.value ?? null, transcript: transcript.text },
    contact: { name: name?.value ?? null, email: null, phone: callback ?? phone?.value ?? null },
    missedCall: markers.missedCall && !transcript.text,
    evidence: why,
  };
}
