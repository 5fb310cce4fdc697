// Text generators for the extraction fuzz tests: hostile unicode, mixed scripts, binary bytes read
// as latin1, and law-firm prose with asks and due dates (so generated messages reach every stage,
// not only the first one).
import fc from 'fast-check';

// Code units that break naive string code: lone surrogates, controls, bidi marks, joiners, BOM.
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const ODD = [
  '\u0000', '\u007f', '\u0085', '\r', '\r\n', '\n\n', '\t', '\v', '\f',
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c',
  '\u0301', 'e\u0301', 'a\u0308\u0301\u0302\u0303\u0304', 'Z\u0351\u0352\u0357\u035b\u0363\u036b',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u3000', '\u2028', '\u2029', '\ufffd', '\uffff', '\ufffe',
  '👨‍👩‍👧‍👦', '🏳️‍🌈', '👩🏽‍⚖️', '🧑‍🤝‍🧑', '🇺🇸', '1️⃣', '\ud83d\ude00',
  'İ', 'ß', 'ǅ', 'ﬁ', 'Σ', 'ϴ', '\u0130\u0131', 'K', // case mapping that changes length or is not reversible
];
const oddUnit = fc.constantFrom(...ODD);

const WORDS = [
  'Пожалуйста', 'отправьте', 'проект', 'مرحبا', 'يرجى', 'إرسال', 'שלום', 'בבקשה', '请发送', '草案', '星期四',
  'कृपया', 'भेजें', 'ありがとう', '送ってください', 'Ελλάδα', 'παρακαλώ', '한국어', '보내주세요', 'Ünïcødé', 'naïve', 'façade',
];
export const mixedWord = fc.constantFrom(...WORDS);

/** Sentences a law firm writes: asks with due phrases, commitments, chatter. */
export const ASK_SENTENCES = [
  'Can you send the revised settlement draft by Thursday?', 'Sam, can you take the shipping logs by EOD?',
  'Priya - please draft the outline by end of next week.', 'Could one of you pull the records before the hearing on the 20th?',
  'Please confirm the deposition date within 10 business days.', 'Let me know whether the client signed the retainer.',
  'I need your comments on the indemnity clause by the end of the month.', 'Any update on the lien release?',
  'Please get me a draft two days before that.', 'Dana, please call me tomorrow at 3pm.', 'Please file it by 2/30.',
  'Send me the engagement letter ASAP.', 'Would you mind re-sending the HIPAA authorization next Friday at 10:30am?',
  'Circulate the exhibit list to the team.', 'Make sure the exhibits are tabbed before Friday.',
  'Please respond in 999 weeks.', 'Please respond within 999 business days.', 'Please respond by March 3.',
  'Can you do it on the 31st?', 'Please review this Friday.', 'Please call me at 25:99.', 'Is the hearing still on, or should we expect a continuance?',
  // soft-wrapped continuations: a line that starts in lower case joins the line before it
  'please send the draft by Friday.', 'can you file it today?', 'and could someone book the court reporter?',
];
export const COMMITMENT_SENTENCES = [
  "I'll circulate the exhibit list on Monday.", 'We will file the motion tomorrow.', 'Let me check with the adjuster and get back to you.',
  'I will review it the same night.', "Sure, I'll send the revised draft tomorrow afternoon.", 'I can get you the medical records by Friday.',
];
const CHATTER = [
  'Thanks for the call this morning.', 'The court moved the status conference because of the holiday.', 'Hope you had a good weekend.',
  'The hearing is on March 10.', 'Let me know if you have any questions.', 'I am out of the office until Monday.',
];
const STRUCTURE = [
  'Hi Sam,', 'Dear Lee, Sarah:', 'Team,', 'Sam, Priya -', 'Hello Dana!', 'Thanks,', 'Best,\nDana', '-- ', 'Sent from my iPhone',
  '-----Original Message-----', '---------- Forwarded message ---------', 'Begin forwarded message:',
  'From: Grace Whitaker <grace@client.example>\nSent: Thursday, January 8, 2026 2:05 PM\nTo: Dana\nSubject: RE: Whitaker',
  'On Thu, Jan 8, 2026 at 2:05 PM Grace Whitaker <grace@client.example> wrote:', '> Can you call me today?', '>> > Please send it.',
  '______________________________', 'Thanks, Tim > We had discussed the schedule', 'Sounds good _____ From: Tim', 'CONFIDENTIALITY NOTICE: If you are not the intended recipient, please notify the sender.',
];
export const proseUnit = fc.constantFrom(...ASK_SENTENCES, ...COMMITMENT_SENTENCES, ...CHATTER, ...STRUCTURE);
const separator = fc.constantFrom(' ', ' ', '\n', '\n\n', '', '  ', '\r\n');

/** Any code point (no lone surrogates), any printable grapheme, or one of the odd units above. */
const anyUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), weight: 2 },
  { arbitrary: oddUnit, weight: 3 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: mixedWord, weight: 2 },
  { arbitrary: separator, weight: 2 },
);

/** Arbitrary unicode, invalid UTF-16 included. */
export const unicodeText = fc.array(anyUnit, { maxLength: 120 }).map((parts) => parts.join(''));

/** Law-firm prose with hostile unicode sprinkled between and inside sentences. */
export const proseText = fc
  .array(fc.tuple(fc.oneof({ arbitrary: proseUnit, weight: 4 }, { arbitrary: anyUnit, weight: 1 }), separator), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([unit, sep]) => unit + sep).join(''));

/** Bytes read as ISO-8859-1, and UTF-8 read as latin1 (mojibake), around real asks. */
export const latin1Text = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')),
  fc.tuple(fc.uint8Array({ maxLength: 500 }), proseText, fc.uint8Array({ maxLength: 500 })).map(([a, prose, b]) =>
    [...Array.from(a, (x) => String.fromCharCode(x)), prose, ...Array.from(b, (x) => String.fromCharCode(x))].join('')),
  proseText.map((prose) => Array.from(new TextEncoder().encode(prose), (b) => String.fromCharCode(b)).join('')),
);
