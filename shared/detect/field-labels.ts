// What a form or phone-system label means. Builders let each firm name its fields, so these are
// families of wordings ("Phone", "Telephone", "Cell", "Mobile Phone", "Best number to reach you").

export type FieldKey =
  | 'name' | 'firstName' | 'lastName' | 'email' | 'phone' | 'message' | 'practiceArea' | 'subject' | 'from'
  | 'caller' | 'callerNumber' | 'duration' | 'transcript' | 'received' | 'calledLine' | 'meta' | 'company' | 'position';

const LABELS: ReadonlyArray<readonly [FieldKey, RegExp]> = [
  ['firstName', /^(your )?(first|given) name$/],
  ['lastName', /^(your )?(last|family|sur) ?name$/],
  ['name', /^((your|full|client|contact|lead|client's|prospect) )?(full )?name( of (person|client))?$|^contact$|^name \(first and last\)$/],
  ['email', /^(your |contact |best )?(e-?mail|email address|e-mail address)( address)?$/],
  ['callerNumber', /^(caller|calling|caller's|from|callback|call ?back) ?(number|phone|no\.?|#)$|^message from$|^number$/],
  ['phone', /^(your |best |contact |home |daytime |mobile |cell )?(phone|telephone|tel|cell|cell phone|mobile|mobile phone|phone number|phone no\.?|telephone number|number to reach you|contact number)( number)?$/],
  ['practiceArea', /^(practice area|case type|type of case|area of (law|practice)|legal (issue|matter|area)|type of (legal )?(matter|issue)|matter type|category|what type of case( do you have)?|legal service( needed)?|service needed)$/],
  ['message', /^(your )?(message|comments?|comment or message|how can we help( you)?|case details|details|description|matter description|tell us (what happened|about your (case|situation))|briefly describe( your)? (situation|case|issue)|inquiry|question|message body|additional (information|details)|anything else( we should know)?|what happened|situation|case description|describe your (case|situation|issue))$/],
  ['subject', /^subject$/],
  ['from', /^from$/],
  ['caller', /^(caller|caller id|caller name|caller id name|name on caller id)$/],
  ['duration', /^(length|duration|message length|voicemail length)$/],
  ['transcript', /^(voicemail |voice message )?(transcription|transcript|preview|voicemail preview|message)$/],
  ['received', /^(received|date|time|date\/time|when)$/],
  ['calledLine', /^(to|called|mailbox|extension|line|called number)$/],
  ['company', /^(company|business|organization|firm|company name)$/],
  ['position', /^(position|job|role|resume|cv|cover letter)$/],
  ['meta', /^(page url|user agent|remote ip|powered by|source|referral source|how did you hear about us|preferred contact|best time to call|interests)$/],
];

/** The meaning of `label`, or null. "Message" is both a form's message and a voicemail's text:
 *  the caller decides which reading applies. */
export function labelKey(label: string): FieldKey | null {
  const l = label.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  for (const [key, pattern] of LABELS) if (pattern.test(l)) return key;
  return null;
}
