// Whole EmailMessages for the fuzz tests: random headers (names, addresses, sentAt, time zone)
// around a body from any generator, and recipes for the huge bodies (deep quoting, punctuation
// runs, long tokens) that are built inside the property so a counterexample prints small.
import fc from 'fast-check';
import type { BodyType, EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';
import { ASK_SENTENCES, unicodeText } from './arb-text';

const ADDRESSES = [
  'sam@firm.example', 'SAM@FIRM.EXAMPLE', 'priya.nair@firm.example', 'dana@firm.example', 'grace@client.example', '', '@', 'a@b@c',
  'no-at-sign', '<sam@firm.example>', 'noreply@court.example', 'ÜNÏCØDÉ@例え.jp', ' spaced @ x ', '"quoted"@x.example', 'İpek@firm.example',
];
const NAMES = [
  '', 'Sam', 'Sam Oduya', 'SAM', 'Lee, Sarah', "O'Brien, Dana", '"Sam Oduya"', 'Sam (Oduya)', '=?utf-8?B?U2Ft?=', 'Dr. Sam O. Oduya, Esq.',
  'Priya & Sam', 'Priya Nair', 'Dana Hartwell', '👩🏽‍⚖️ Dana', 'محمد', '\u202eevil', 'Team', 'Anyone', 'A', 'İpek Ünal',
];
const address = fc.oneof(fc.constantFrom(...ADDRESSES), fc.emailAddress(), unicodeText.map((t) => t.slice(0, 40)));
const name = fc.oneof(fc.constantFrom(...NAMES), unicodeText.map((t) => t.slice(0, 40)));
export const mailAddress: fc.Arbitrary<MailAddress> = fc.record({ name, address });

const MAX_DATE_MS = 8.64e15;
const SENT_AT = [
  '', 'garbage', 'NaN', '2026-13-45T99:99:99Z', '2026-01-08', '2026-01-08T14:05:00', '1970-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z', '+275760-09-12T23:59:59.999Z', '-271821-04-20T00:00:00.000Z', '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z', 'Thu, 08 Jan 2026 14:05:00 -0500', '2026-01-08T14:05:00+14:00', '2026-03-08T07:00:00Z', '2026-02-29T12:00:00Z',
];
export const sentAt = fc.oneof(
  fc.constant('2026-01-08T14:05:00-05:00'),
  fc.constantFrom(...SENT_AT),
  fc.integer({ min: -MAX_DATE_MS, max: MAX_DATE_MS }).map((ms) => new Date(ms).toISOString()),
  fc.string({ maxLength: 30 }),
);
const ODD_ZONES = [
  'UTC', 'Etc/GMT+12', 'Etc/GMT-14', 'Pacific/Kiritimati', 'Pacific/Chatham', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns',
  '+05:00', '-00:00', 'Z', 'Invalid/Zone', '', 'America/New York', 'america/new_york', 'EST5EDT', 'US/Eastern', 'Europe/Kyiv',
];
export const timeZone = fc.oneof(
  fc.constant('America/New_York'),
  fc.constantFrom(...ODD_ZONES),
  fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
  fc.string({ maxLength: 20 }),
);
const SUBJECTS = ['RE: Whitaker v. Corza', 'FW: lien release', 'Fwd:', 'Automatic reply: Whitaker', 'Accepted: call', '', 'TR: RE: FW: x'];
const subject = fc.oneof(fc.constantFrom(...SUBJECTS), unicodeText);

export interface Headers {
  readonly subject: string;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly sentAt: string;
  readonly timeZone: string;
}
export const plainHeaders: Headers = {
  subject: 'RE: Whitaker v. Corza', from: { name: 'Grace Whitaker', address: 'grace@client.example' },
  to: [{ name: 'Sam Oduya', address: 'sam@firm.example' }], cc: [], sentAt: '2026-01-08T14:05:00-05:00', timeZone: 'America/New_York',
};
export const randomHeaders: fc.Arbitrary<Headers> = fc.record({
  subject, from: fc.option(mailAddress), to: fc.array(mailAddress, { maxLength: 6 }), cc: fc.array(mailAddress, { maxLength: 6 }), sentAt, timeZone,
});

export const message = (body: string, bodyType: BodyType, headers: Headers = plainHeaders): EmailMessage => ({
  id: 'fuzz', conversationId: null, internetMessageId: null, webLink: null, ...headers, bodyType, body,
});

/** Thousands of '>' levels: a reply chain quoted by clients that prefix without limit. */
export interface QuotingRecipe { readonly levels: number; readonly step: number; readonly spaced: boolean }
export const quotingRecipe: fc.Arbitrary<QuotingRecipe> = fc.record({
  levels: fc.integer({ min: 1, max: 60 }), step: fc.integer({ min: 1, max: 200 }), spaced: fc.boolean(),
});
export function quotedBody({ levels, step, spaced }: QuotingRecipe): string {
  const mark = spaced ? '> ' : '>';
  const lines = Array.from({ length: levels }, (_, i) => `${mark.repeat((i + 1) * step)} ${ASK_SENTENCES[i % ASK_SENTENCES.length]}`);
  return ['Sam, can you take a look?', '', 'On Thu, Jan 8, 2026 at 2:05 PM Grace <grace@client.example> wrote:', ...lines].join('\n');
}

/** Punctuation runs, tokens without spaces and lines without breaks, around an ask. */
export interface RunRecipe { readonly unit: string; readonly count: number; readonly before: string; readonly after: string }
export const runRecipe: fc.Arbitrary<RunRecipe> = fc.record({
  unit: fc.constantFrom('?', '.', '!', '…', '?!', '. ', '? ', '.\n', 'a', 'Please', 'Can you send it by Friday? ', 'x'.repeat(50) + ' ', '-', '>'),
  count: fc.integer({ min: 1, max: 10_000 }),
  before: fc.constantFrom('', 'Can you send it', 'Please ', 'I\'ll file ', 'Sam, ', 'Hi Sam,\n\n'),
  after: fc.constantFrom('', '?', '.', ' by Thursday?', '\nThanks,\nDana'),
});
export const runBody = ({ unit, count, before, after }: RunRecipe): string => `${before}${unit.repeat(count)}${after}`;
