// Table-driven checks of phrasings written apart from the labelled set: what a firm's inbox sends
// that the rules must get right (positive table) and what looks like a lead but is not (miss table).
import { describe, expect, it } from 'vitest';
import { detectMessage, type DetectableMessage } from '../../shared/detect';

const firm = { domains: ['smithlaw.example'] };
const msg = (subject: string, from: string, body: string, over: Partial<DetectableMessage> = {}): DetectableMessage => {
  const [, name, address] = /^(?:(.*?)\s*<)?([^<>]+)>?$/.exec(from)!;
  return {
    subject, from: { name: name ?? '', address: address! }, to: [{ name: 'Intake', address: 'intake@smithlaw.example' }], cc: [],
    sentAt: '2026-03-03T10:00:00-05:00', timeZone: 'America/New_York', bodyType: 'text', body, ...over,
  };
};
const exchange = 'Microsoft Outlook <MicrosoftExchange0a1b@smithlaw.example>';

describe('voicemail: positive table', () => {
  it.each<[string, DetectableMessage, { phone: string | null; name: string | null; urgent: boolean; expectsReply: boolean }]>([
    ['UM voicemail in HTML, transcript without a label',
      msg('Voice Mail (40 seconds)', exchange, '<p>You received a voice mail from +1 610 555 0111.</p><p>Hi, this is Mark Ruiz, I was arrested last night and need a lawyer. Call me back at 610 555 0111.</p>', { messageClass: 'IPM.Note.Microsoft.Voicemail.UM.CA', bodyType: 'html' }),
      { phone: '+16105550111', name: 'Mark Ruiz', urgent: true, expectsReply: true }],
    ['UM headers only, transcription off',
      msg('Voice Mail (12 seconds)', exchange, 'You received a voice mail.', { headers: { 'x-callingtelephonenumber': '+12155550123', 'X-VOICEMESSAGESENDERNAME': 'Dana Swope' } }),
      { phone: '+12155550123', name: 'Dana Swope', urgent: false, expectsReply: false }],
    ['a phone system\'s missed call',
      msg('Missed call from +1 (215) 555-0188', 'Zoom <no-reply@zoom.us>', 'You missed a call from +1 (215) 555-0188.'),
      { phone: '+12155550188', name: null, urgent: false, expectsReply: false }],
    ['an audio attachment named in the subject',
      msg('Voicemail from Janet Cole', exchange, 'Janet Cole left you a voice message.', { attachments: [{ name: 'voicemail.mp3', contentType: 'audio/mpeg', size: 1000 }] }),
      { phone: null, name: 'Janet Cole', urgent: false, expectsReply: false }],
  ])('%s', (_name, message, want) => {
    const d = detectMessage(message, firm);
    expect(d.kind).toBe('voicemail');
    expect({ phone: d.caller?.phone ?? null, name: d.caller?.name ?? null, urgent: d.urgent, expectsReply: d.expectsReply }).toEqual(want);
    expect(d.title).toMatch(/^(Voicemail|Missed call) from /);
  });
});

describe('queue lines', () => {
  it('titles a missed call as one, with the number in E.164', () => {
    const d = detectMessage(msg('You missed a call from Janet Cole', 'Microsoft Teams <noreply@email.teams.microsoft.com>', 'Janet Cole (+1 484-555-0190) tried calling you.'), firm);
    expect(d.title).toBe('Missed call from Janet Cole (+14845550190)');
  });

  it('titles an inquiry with the prospect and the practice area, and keeps the snippet short', () => {
    const long = `I was arrested for DUI on Saturday night. ${'The officer said many things. '.repeat(30)}`;
    const d = detectMessage(msg('DUI', 'Ray Cole <ray@mail.example>', long), firm);
    expect(d.title).toBe('New inquiry: Ray Cole — criminal defense');
    expect(d.snippet.length).toBeLessThanOrEqual(300);
    expect(d.snippet.endsWith('…')).toBe(true);
  });

  it('does not take a display name that only repeats the address', () => {
    const d = detectMessage(msg('help', 'bward <bward@mail.example>', 'I was hit by a car yesterday. Can you help me? 484-555-0176'), firm);
    expect(d.contact).toEqual({ name: null, email: 'bward@mail.example', phone: '+14845550176' });
  });
});

describe('inquiry: positive table', () => {
  it.each<[string, DetectableMessage, { name: string | null; email: string | null; area: string; urgent: boolean }]>([
    ['a stranger describing an accident, no question asked',
      msg('Accident', 'Lisa Park <lpark@mail.example>', 'Hello,\n\nI was in a car accident last Tuesday. The other driver ran a red light. My number is 267-555-0100.\n\nLisa Park'),
      { name: 'Lisa Park', email: 'lpark@mail.example', area: 'personal_injury', urgent: false }],
    ['divorce papers served',
      msg('Divorce', 'Tom Reyes <treyes@mail.example>', 'My wife filed for divorce and I got the papers today. Please contact me.\n\nTom'),
      { name: 'Tom Reyes', email: 'treyes@mail.example', area: 'family', urgent: false }],
    ['immigration, asking for options',
      msg('Question', 'Ana Silva <asilva@mail.example>', 'My husband is undocumented and we are scared he will be deported. What are our options? Ana'),
      { name: 'Ana Silva', email: 'asilva@mail.example', area: 'immigration', urgent: false }],
    ['a generic form with a court date next week',
      msg('Contact form: new message', 'Website <noreply@smithlaw.example>', 'Name: Carl Otis\nEmail: carl@mail.example\nPhone: 484-555-0199\nMessage: I need help with my DUI case, court is next week.'),
      { name: 'Carl Otis', email: 'carl@mail.example', area: 'criminal_defense', urgent: true }],
    ['a form with labels on their own lines',
      msg('New Inquiry', 'Website <noreply@smithlaw.example>', 'Full Name:\nDebra Hall\nE-mail:\ndhall@mail.example\nHow can we help you?\nMy mom passed and we need to probate her will.'),
      { name: 'Debra Hall', email: 'dhall@mail.example', area: 'estate_planning', urgent: false }],
    ['a referral by a non-lawyer',
      msg('Referral', 'Amy Cho <acho@chocpa.example>', 'Hi Dana,\n\nMy client Peter Wong was in a bad motorcycle crash and needs a PI attorney. Could you give him a call at 215-555-0123?\n\nAmy'),
      { name: 'Peter Wong', email: null, area: 'personal_injury', urgent: false }],
    ['the sender says it is an emergency',
      msg('Emergency', 'Jo Lane <jlane@mail.example>', 'This is an emergency. My ex took the kids and I need a custody lawyer.'),
      { name: 'Jo Lane', email: 'jlane@mail.example', area: 'family', urgent: true }],
  ])('%s', (_name, message, want) => {
    const d = detectMessage(message, firm);
    expect(d.kind).toBe('inquiry');
    expect(d.expectsReply).toBe(true);
    expect({ name: d.contact?.name ?? null, email: d.contact?.email ?? null, area: d.practiceArea, urgent: d.urgent }).toEqual(want);
  });
});

describe('miss table: neither voicemail nor inquiry', () => {
  it.each<[string, DetectableMessage, boolean]>([
    ['a newsletter about voicemail transcription', msg('Never miss a voicemail again', 'Acme Phones <news@acmephones.example>', 'New voicemail transcription is here! Try it free today. Unsubscribe'), false],
    ['a colleague relaying a voicemail', msg('Voicemail for you', 'Jo Front <jo@smithlaw.example>', 'Dana, you got a voicemail from Mr. Lee at 610-555-0190 about his will.'), false],
    ['an AI vendor\'s pitch', msg('AI for PI firms', 'Greg Lane <greg@legalbridge.example>', 'We\'ve built an AI intake tool for PI firms. Can I show you a quick demo this week?'), true],
    ['an existing client checking on a settlement', msg('checking in', 'Rita Gomez <rgomez@mail.example>', 'Hi Dana, any news on my settlement? The adjuster called me again.\n\nRita'), true],
    ['opposing counsel', msg('Smith v. Jones', 'Paul Kim <pkim@kimlaw.example>', 'Counsel,\n\nPlease confirm your client will appear for the deposition on March 10.\n\nPaul Kim'), true],
    ['a bounce', msg('Undeliverable: hello', 'postmaster@smithlaw.example', 'Delivery has failed to these recipients.'), false],
    ['a reply from a prospect already talking to the firm', msg('RE: Car accident', 'Lisa Park <lpark@mail.example>', 'Thanks, see you Tuesday.'), false],
    ['a known contact about her accident', msg('Accident photos', 'Lisa Park <lpark@mail.example>', 'I was in a car accident last Tuesday; can you help me file the claim?'), true],
    ['a lawyer\'s update that mentions leaving a voicemail', msg('Kelly – lease review', 'Ann Cho <ann@smithlaw.example>', 'Dana,\n\nI left a voicemail for opposing counsel this morning and will follow up by email tomorrow.\n\nAnn 610-555-0133'), false],
    ['an SEO pitch through the web form', msg('New submission from Contact Us', 'Website <noreply@smithlaw.example>', 'Name: Bo Rank\nEmail: bo@seo.example\nMessage: Your site is not on the first page of Google. Can I send you a free audit?'), true],
  ])('%s', (name, message, expectsReply) => {
    const known = name.startsWith('a known contact') ? { ...firm, isKnownContact: (a: string) => a === 'lpark@mail.example' } : firm;
    const d = detectMessage(message, known);
    expect(d.kind).toBeNull();
    expect(d.expectsReply).toBe(expectsReply);
  });
});
