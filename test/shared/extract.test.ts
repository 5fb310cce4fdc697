// Ask extraction v1: positive and miss tables over whole emails. Each row is a realistic message
// and what a lawyer would expect the pane to propose.
import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../shared/email';
import { extractAsks } from '../../shared/extract';

const DANA = { name: 'Dana Hartwell', address: 'dana@firm.example' };
const SAM = { name: 'Sam Oduya', address: 'sam@firm.example' };
const PRIYA = { name: 'Priya Nair', address: 'priya@firm.example' };
const CLIENT = { name: 'Grace Whitaker', address: 'grace@client.example' };

const email = (body: string, over: Partial<EmailMessage> = {}): EmailMessage => ({
  id: 'm1', conversationId: 'c1', internetMessageId: null, subject: 'Whitaker settlement', from: CLIENT,
  to: [DANA], cc: [], sentAt: '2026-01-08T14:05:00-05:00', timeZone: 'America/New_York', bodyType: 'text',
  body, webLink: null, ...over,
});

const asks = (body: string, over: Partial<EmailMessage> = {}) =>
  extractAsks(email(body, over)).map(({ text, kind, owner, due, forwarded }) => ({ text, kind, owner, due, forwarded }));

describe('finds asks', () => {
  it('a question request with a weekday due date, owned by the only To recipient', () => {
    expect(asks('Hi Dana,\n\nCan you send the revised draft by Thursday? Also, how was the trip?\n\nGrace')).toEqual([
      { text: 'Can you send the revised draft by Thursday?', kind: 'request', owner: DANA.address, due: '2026-01-15T17:00:00-05:00', forwarded: false },
    ]);
  });

  it('a commitment owned by the sender, ignoring the signature, disclaimer and quoted history', () => {
    const body = 'Grace,\n\nI will send the engagement letter tomorrow.\n\nDana Hartwell\nPartner\n\n'
      + 'CONFIDENTIALITY NOTICE: If you are not the intended recipient, please notify the sender.\n\n'
      + 'On Thu, Jan 8, 2026 at 2:05 PM Grace Whitaker <grace@client.example> wrote:\n> Can you call me today?';
    expect(asks(body, { from: DANA, to: [CLIENT] })).toEqual([
      { text: 'I will send the engagement letter tomorrow.', kind: 'commitment', owner: DANA.address, due: '2026-01-09T17:00:00-05:00', forwarded: false },
    ]);
  });

  it('names decide the owner; a group ask stays unassigned', () => {
    const body = 'Team,\n\nPriya, please draft the outline by end of next week. Can someone book the court reporter?\n\nDana';
    const found = asks(body, { from: DANA, to: [PRIYA, SAM] });
    expect(found.map((a) => [a.text, a.owner])).toEqual([
      ['Priya, please draft the outline by end of next week.', PRIYA.address],
      ['Can someone book the court reporter?', null],
    ]);
  });

  it('takes the due date from the adjacent sentence', () => {
    const found = asks('Sam, Priya -\n\nCould one of you pull the shipping logs? We need those before the meet-and-confer on the 20th.', { to: [SAM, PRIYA] });
    expect(found).toEqual([{ text: 'Could one of you pull the shipping logs?', kind: 'request', owner: null, due: '2026-01-20T17:00:00-05:00', forwarded: false }]);
  });

  it('extracts the asks inside a forward with forwarded: true and the owner the forwarder names', () => {
    const body = 'Sam - can you take this?\n\n---------- Forwarded message ---------\nFrom: Grace Whitaker <grace@client.example>\n'
      + 'Date: Wed, Jan 7, 2026\nSubject: Lease\nTo: Dana Hartwell <dana@firm.example>\n\nPlease send me the signed lease by Friday.';
    const found = asks(body, { from: DANA, to: [SAM], subject: 'Fwd: Lease' });
    expect(found).toContainEqual({ text: 'Please send me the signed lease by Friday.', kind: 'request', owner: SAM.address, due: '2026-01-09T17:00:00-05:00', forwarded: true });
  });

  it('reads HTML bodies with paragraph boundaries and clock times', () => {
    const found = extractAsks(email('<html><body><p>Dana,</p><p>Could we move our call to <b>Monday at 10am</b>?</p><p>Thanks,<br>Grace</p></body></html>', { bodyType: 'html' }));
    expect(found.map((a) => [a.text, a.due, a.dueTime])).toEqual([['Could we move our call to Monday at 10am?', '2026-01-12T10:00:00-05:00', '10:00']]);
  });

  it('explains itself: trigger, date phrase and owner reason', () => {
    const [first] = extractAsks(email('Can you send the revised draft by Thursday?'));
    expect(first?.evidence).toEqual({ trigger: 'Can you send', datePhrase: 'Thursday', ownerReason: 'the only To recipient' });
    expect(first?.confidence).toBeGreaterThan(0.5);
  });

  it('splits sentences at an emoji and reads a relayed question as a request', () => {
    const found = asks('I got another bill. Should I just pay it or send it to you? 😩 Also the therapist wants to know if you can send her the letter by Friday.');
    expect(found.map((a) => [a.kind, a.due])).toEqual([['request', null], ['request', '2026-01-09T17:00:00-05:00']]);
    expect(found[1]?.text).toBe('Also the therapist wants to know if you can send her the letter by Friday.');
  });

  it('keeps a promise made inside a forward out of the team queue, and its requests in', () => {
    const body = 'Sam - can you take this?\n\n---------- Forwarded message ---------\nFrom: Grace Whitaker <grace@client.example>\n'
      + 'Date: Wed, Jan 7, 2026\nSubject: Retainer\nTo: Dana Hartwell <dana@firm.example>\n\nI can pay the retainer this afternoon. Please call me at 555-0187.';
    const found = asks(body, { from: DANA, to: [SAM], subject: 'Fwd: Retainer' });
    expect(found.filter((a) => a.forwarded).map((a) => [a.kind, a.text])).toEqual([['request', 'Please call me at 555-0187.']]);
  });
});

describe('finds the ask behind a lead-in, an indirect wording or a directive', () => {
  it.each([
    ['a lead-in before the question', 'Per our call this morning, can you pull the police report and let me know what it says.', 'Per our call this morning, can you pull the police report and let me know what it says.'],
    ['a trailing let-me-know', 'I could come by the office Thursday afternoon to sign, let me know if that works.', 'I could come by the office Thursday afternoon to sign, let me know if that works.'],
    ['asking a favor', 'I know it is short notice, but I need to ask you a favor.', 'I know it is short notice, but I need to ask you a favor.'],
    ['an expected answer', 'I expect an answer from the carrier by Friday.', 'I expect an answer from the carrier by Friday.'],
    ['a directive in the future tense', 'You will still need to sign the verification page.', 'You will still need to sign the verification page.'],
    ['a recommendation', 'My recommendation is to call the adjuster before you sign anything.', 'My recommendation is to call the adjuster before you sign anything.'],
    ['a proposal to meet', 'I think we should meet next week to go over the lease.', 'I think we should meet next week to go over the lease.'],
  ])('%s', (_why, body, text) => {
    expect(asks(body).map((a) => [a.kind, a.text])).toEqual([['request', text]]);
  });
});

describe('finds no ask in', () => {
  it.each([
    ['self-service instructions', 'If you would like to change your e-mail preferences, please visit the account page.'],
    ['a link to click', 'Click here to start your free consultation checklist.'],
    ['a promotion', 'But hurry, these seminar seats are available for 8 days only.'],
    ['app instructions', 'Press the name of the matter you want to open.'],
    ['a tag question', 'You saw the article in the bar journal, didn\'t you?'],
    ['a courtesy closing of a firm', 'We\'d love to hear from you!'],
    ['a thank-you', 'Thanks! That is exactly what I needed.\n\nPriya'],
    ['a social question', 'How was the conference? Hope you had a good flight.'],
    ['a courtesy closing', 'The draft is attached. Let me know if you have any questions.'],
    ['a disclaimer', 'If you received this in error, please notify the sender immediately and delete it.'],
    ['an unsubscribe footer', 'Firm news.\n\nTo unsubscribe from firm announcements, please reply with UNSUBSCRIBE.'],
    ['an empty body', ''],
    ['whitespace only', ' \n\n\t '],
  ])('%s', (_why, body) => {
    expect(asks(body)).toEqual([]);
  });

  it('an out-of-office reply', () => {
    expect(asks('I am out of the office until Monday, January 26. For urgent matters, please contact Marcus Bell.')).toEqual([]);
  });

  it('a no-reply court notice', () => {
    expect(asks('Please do not reply. Please review the attached filing.', { from: { name: 'ECF', address: 'ecf@court.example' } })).toEqual([]);
  });

  it('quoted history of a reply', () => {
    expect(asks('Sounds good.\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\nTo: Grace\n\nCan you call me?', { subject: 'RE: call' })).toEqual([]);
  });
});

describe('bad input never throws', () => {
  it.each([
    ['a 10 MB body', 'Please call me. '.repeat(650_000)],
    ['binary-looking bytes', '\u0000\u0001\u0002\uFFFD\u0007'.repeat(1000)],
    ['mixed scripts and emoji', 'مرحبا 你好 🙂🙂🙂 Can you send the file? שלום'],
    ['deeply nested quoting', '>'.repeat(5000) + ' Can you call?'],
    ['malformed HTML', '<div><p>Please <b>send <i>the</div></p> draft <script>alert(1)</script>'],
  ])('%s', (_why, body) => {
    expect(() => extractAsks(email(body, { bodyType: body.startsWith('<') ? 'html' : 'text' }))).not.toThrow();
  });

  it('an invalid time zone or date still yields asks, without a due date when the date is unknown', () => {
    const found = extractAsks(email('Can you send it by Friday?', { timeZone: 'Mars/Olympus', sentAt: 'yesterday' }));
    expect(found.map((a) => [a.text, a.due])).toEqual([['Can you send it by Friday?', null]]);
  });
});
