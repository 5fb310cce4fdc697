// What the demo firm's mail is made of: every voicemail and inquiry format, the noise a scanner must
// skip, calendars for routing, and only fictional phone numbers.
import { describe, expect, it } from 'vitest';
import { demoFirm, type GraphMessageSeed } from '../../server/demo/seed';
import { header, isAutoReply, messageClass, phoneNumbers } from './mail-text';

const now = new Date('2026-11-22T15:00:00Z');
const firm = demoFirm({ now });
const messages = new Map<string, GraphMessageSeed>(firm.items.map((i) => [i.message.internetMessageId, i.message]));
const listed = (ids: string[]) => ids.map((id) => messages.get(id)).filter((m): m is GraphMessageSeed => m !== undefined);
const voicemails = listed(firm.expected.voicemails);
const inquiries = listed(firm.expected.inquiries);
const sender = (m: GraphMessageSeed) => m.from.emailAddress.address;

describe('voicemails and missed calls', () => {
  it('come from Teams/Exchange UM and six hosted phone systems', () => {
    const classes = new Set(voicemails.map(messageClass));
    for (const c of ['IPM.Note.Microsoft.Voicemail.UM.CA', 'IPM.Note.Microsoft.Voicemail.UM', 'IPM.Note.Microsoft.Missed.Voice']) expect(classes).toContain(c);
    const vendors = new Set(voicemails.map((m) => sender(m).split('@')[1]));
    for (const v of ['ringcentral', 'zoom', 'dialpad', '8x8', 'vonage', 'nextiva']) expect([...vendors].some((d) => d?.startsWith(v)), v).toBe(true);
  });
  it('Teams voicemails carry the UM headers, the transcript and audio.mp3', () => {
    const um = voicemails.filter((m) => messageClass(m)?.startsWith('IPM.Note.Microsoft.Voicemail'));
    expect(um.length).toBeGreaterThanOrEqual(5);
    for (const m of um) {
      expect(m.subject).toMatch(/^Voice Mail \(\d+ seconds\)$/);
      expect(header(m, 'X-CallingTelephoneNumber')).toMatch(/^\+1\d{10}$/);
      expect(header(m, 'X-VoiceMessageDuration')).toBe(m.subject.match(/\d+/)?.[0]);
      expect(header(m, 'X-VoiceMessageSenderName')).toBeTruthy();
      expect(m.body.content).toContain('You received a voice mail from');
      expect(m.body.content).toContain('Transcription:');
      expect(m.attachments?.[0]).toMatchObject({ name: 'audio.mp3', contentType: 'audio/mpeg' });
      expect(m.hasAttachments).toBe(true);
    }
  });
  it('mark urgent calls and include calls from existing clients', () => {
    expect(voicemails.some((m) => m.importance === 'high')).toBe(true);
    expect(voicemails.some((m) => /Salvatierra|Whitfield|Pike|Greene|Nunez|Ostrander|Ingram|Nwosu|Hollis|Albright|Carrasco|Marchetti|Baptiste|Delaney|Fenwick|Szabo|Zhou|Quintero/.test(m.body.content))).toBe(true);
  });
});

describe('inquiries', () => {
  it('arrive as Gravity Forms, WPForms, Contact Form 7, Clio Grow, Lawmatics and direct emails', () => {
    const subjects = inquiries.map((m) => m.subject);
    expect(subjects.some((s) => s.startsWith('New submission from'))).toBe(true);
    expect(subjects.some((s) => s.startsWith('New Entry:'))).toBe(true);
    expect(subjects.some((s) => s.startsWith(`[${firm.name}]`))).toBe(true);
    expect(subjects.some((s) => s.startsWith('New Inbox lead:'))).toBe(true);
    expect(subjects.some((s) => s.startsWith('New Lead Submitted'))).toBe(true);
    expect(inquiries.filter((m) => !sender(m).endsWith(firm.domain) && /gmail|yahoo|outlook|icloud|comcast|aol/.test(sender(m))).length).toBeGreaterThanOrEqual(5);
  });
  it('put the visitor in Reply-To when the site sends the form', () => {
    for (const m of inquiries.filter((x) => sender(x) === `wordpress@${firm.domain}`)) expect(m.replyTo?.[0]?.emailAddress.address).not.toContain(firm.domain);
  });
  it('cover all five practice areas, in text and HTML', () => {
    const text = inquiries.map((m) => m.body.content).join('\n');
    for (const words of [/accident|hit by|slipped|bit me/i, /custody|divorce|child support/i, /arrested|DUI|charge/i, /will|probate|power of attorney|trust/i, /green card|ICE|citizenship|asylum|visa/i]) expect(text).toMatch(words);
    expect(new Set(inquiries.map((m) => m.body.contentType))).toEqual(new Set(['html', 'text']));
  });
  it('leave the contact-form spam out of the answer key', () => {
    const spam = firm.items.filter((i) => i.message.replyTo?.some((r) => r.emailAddress.address.includes('rankfast')));
    expect(spam.length).toBeGreaterThan(0);
    for (const s of spam) expect(firm.expected.inquiries).not.toContain(s.message.internetMessageId);
  });
});

describe('noise', () => {
  const all = firm.items.map((i) => i.message);
  it('has newsletters with bulk headers, court notices from no-reply senders, pitches and calendar answers', () => {
    const bulk = all.filter((m) => header(m, 'Precedence') === 'bulk');
    expect(bulk.length).toBeGreaterThanOrEqual(10);
    for (const m of bulk) expect(header(m, 'List-Unsubscribe')).toMatch(/^<(mailto|https):/);
    expect(all.filter((m) => /noreply|no-reply|noreply/.test(sender(m)) && /Activity in Case|Filing Accepted/.test(m.subject)).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((m) => messageClass(m)?.startsWith('IPM.Schedule.Meeting.Resp')).map((m) => m.subject.split(':')[0])).toEqual(expect.arrayContaining(['Accepted', 'Tentative', 'Declined']));
    expect(all.some((m) => /15 minutes|connect next week/.test(m.body.content))).toBe(true);
  });
  it('has out-of-office auto-replies marked Auto-Submitted', () => {
    const auto = all.filter(isAutoReply);
    expect(auto.length).toBeGreaterThanOrEqual(3);
    for (const m of auto) expect(m.subject).toMatch(/^(Automatic reply|Out of office): /);
  });
  it('has internal FYIs and thanks between firm mailboxes', () => {
    const internal = all.filter((m) => sender(m).endsWith(firm.domain) && m.toRecipients.every((r) => r.emailAddress.address.endsWith(firm.domain)));
    expect(internal.filter((m) => /^(RE: )?(FYI|Thank you|Filed)/.test(m.subject)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('people keep office hours, and numbers are fictional', () => {
  it('sends most firm mail on weekdays between 8:00 and 19:00 New York time', () => {
    const sent = firm.items.filter((i) => i.folder === 'sentitems').map((i) => new Date(i.message.sentDateTime));
    const parts = (d: Date) => new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(d);
    const inHours = sent.filter((d) => {
      const p = parts(d);
      const hour = Number(p.find((x) => x.type === 'hour')?.value);
      return !['Sat', 'Sun'].includes(p.find((x) => x.type === 'weekday')?.value ?? '') && hour >= 8 && hour < 19;
    });
    expect(inHours.length / sent.length).toBeGreaterThan(0.9);
  });
  it('uses only 555-01xx phone numbers', () => {
    let seen = 0;
    for (const { message: m } of firm.items) {
      for (const [, exchange, line] of phoneNumbers(`${m.body.content}\n${m.subject}\n${header(m, 'X-CallingTelephoneNumber') ?? ''}`)) {
        expect(`${exchange}-${line}`, m.subject).toMatch(/^555-01\d\d$/);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});

describe('calendars', () => {
  const start = now.getTime();
  it('give every lawyer and the paralegal events in the next two weeks, including days out', () => {
    for (const m of firm.mailboxes.filter((x) => x.role !== 'intake' && x.role !== 'reception')) {
      const mine = firm.events.filter((e) => e.mailbox === m.id);
      expect(mine.length, m.displayName).toBeGreaterThanOrEqual(3);
      expect(mine.some((e) => e.showAs === 'oof'), m.displayName).toBe(true);
      for (const e of mine) expect(e.start.timeZone).toBe(m.timeZone);
    }
  });
  it('are well formed and inside the next 15 days', () => {
    for (const e of firm.events) {
      expect(e.start.dateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.0000000$/);
      expect(e.start.dateTime < e.end.dateTime).toBe(true);
      const at = Date.parse(`${e.start.dateTime.slice(0, 19)}Z`);
      expect(at).toBeGreaterThan(start - 86_400_000);
      expect(at).toBeLessThan(start + 15 * 86_400_000);
      if (e.isAllDay) expect(e.start.dateTime.slice(11, 19)).toBe('00:00:00');
    }
  });
});
