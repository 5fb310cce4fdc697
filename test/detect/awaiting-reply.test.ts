// Awaiting reply: due N business days later at the same local time; only the recipients' own
// replies answer (not auto-replies, bounces, or the firm's follow-up).
import { describe, expect, it } from 'vitest';
import { awaitingReplyState, type LaterMessage, type SentMessage } from '../../shared/detect';

const FIRM = ['alderfinch.example'];
const nora = { name: 'Nora Alder', address: 'nora.alder@alderfinch.example' };
const rachel = { name: 'Rachel Kim', address: 'rkim@brightline.example' };
const sent = (over: Partial<SentMessage> = {}): SentMessage => ({
  sentAt: '2026-02-13T14:30:00-05:00', from: nora, to: [rachel], cc: [], expectsReply: true, conversationId: 'c1', ...over,
});
const later = (address: string, sentAt: string, isAutoReply = false): LaterMessage => ({ from: { name: '', address }, sentAt, isAutoReply });
const opts = (now: string, over: Record<string, unknown> = {}) => ({ firmDomains: FIRM, timeZone: 'America/New_York', now: new Date(now), ...over });

describe('awaitingReplyState: when the reply is due', () => {
  it.each([
    ['Friday + 2 skips the weekend and Presidents\' Day (Mon Feb 16)', '2026-02-13T14:30:00-05:00', 2, '2026-02-18T14:30:00-05:00'],
    ['Friday + 2 across the DST change keeps the local clock time', '2026-03-06T14:30:00-05:00', 2, '2026-03-10T14:30:00-04:00'],
    ['Thursday + 1 skips July 3 (Independence Day observed)', '2026-07-02T09:00:00-04:00', 1, '2026-07-06T09:00:00-04:00'],
    ['a Saturday message counts from the next business day', '2026-02-07T11:00:00-05:00', 2, '2026-02-10T11:00:00-05:00'],
    ['five business days from a Monday', '2026-04-06T08:15:00-04:00', 5, '2026-04-13T08:15:00-04:00'],
  ])('%s', (_why, sentAt, businessDays, due) => {
    const r = awaitingReplyState(sent({ sentAt }), [], opts('2026-01-01T00:00:00Z', { businessDays }));
    expect(r.state).toBe('waiting');
    expect(r.dueAt).toBe(due);
  });

  it('defaults to two business days', () => {
    expect(awaitingReplyState(sent(), [], opts('2026-02-14T00:00:00Z')).dueAt).toBe('2026-02-18T14:30:00-05:00');
  });

  it('is overdue from the due instant on, and waiting just before it', () => {
    expect(awaitingReplyState(sent(), [], opts('2026-02-18T19:29:59Z')).state).toBe('waiting');
    expect(awaitingReplyState(sent(), [], opts('2026-02-18T19:30:00Z')).state).toBe('overdue');
  });
});

describe('awaitingReplyState: what answers', () => {
  const now = '2026-02-25T12:00:00Z';
  it.each<[string, LaterMessage[], string, string | null]>([
    ['a reply from the recipient', [later('rkim@brightline.example', '2026-02-16T09:00:00-05:00')], 'answered', 'rkim@brightline.example'],
    ['a reply from someone else at the outside company', [later('paralegal@brightline.example', '2026-02-16T09:00:00-05:00')], 'answered', 'paralegal@brightline.example'],
    ['only an auto-reply', [later('rkim@brightline.example', '2026-02-13T14:31:00-05:00', true)], 'overdue', null],
    ['only a bounce', [later('MAILER-DAEMON@brightline.example', '2026-02-13T14:31:00-05:00')], 'overdue', null],
    ['only the firm\'s own follow-up', [later('nora.alder@alderfinch.example', '2026-02-19T09:00:00-05:00'), later('maya@alderfinch.example', '2026-02-19T10:00:00-05:00')], 'overdue', null],
    ['a message from before ours', [later('rkim@brightline.example', '2026-02-12T09:00:00-05:00')], 'overdue', null],
    ['an auto-reply, then the real reply', [later('rkim@brightline.example', '2026-02-13T14:31:00-05:00', true), later('rkim@brightline.example', '2026-02-20T10:00:00-05:00')], 'answered', 'rkim@brightline.example'],
  ])('%s', (_why, replies, state, by) => {
    const r = awaitingReplyState(sent(), replies, opts(now));
    expect(r.state).toBe(state);
    expect(r.answeredBy).toBe(by);
  });

  it('an internal ask is answered by its recipient, not by another colleague', () => {
    const owen = { name: 'Owen Pike', address: 'owen.pike@alderfinch.example' };
    const internal = sent({ to: [owen] });
    expect(awaitingReplyState(internal, [later('lena@alderfinch.example', '2026-02-16T09:00:00-05:00')], opts(now)).state).toBe('overdue');
    expect(awaitingReplyState(internal, [later('Owen.Pike@alderfinch.example', '2026-02-16T09:00:00-05:00')], opts(now)).state).toBe('answered');
  });
});

describe('awaitingReplyState: not applicable', () => {
  it.each<[string, Partial<SentMessage>]>([
    ['a message that asks nothing', { expectsReply: false }],
    ['a message the firm did not send', { from: rachel, to: [nora] }],
    ['an unreadable sent time', { sentAt: 'yesterday' }],
  ])('%s', (_why, over) => {
    const r = awaitingReplyState(sent(over), [], opts('2026-02-25T12:00:00Z'));
    expect(r).toMatchObject({ state: 'not_applicable', dueAt: null, answeredBy: null });
  });

  it('falls back to UTC for an unknown zone', () => {
    const r = awaitingReplyState(sent({ sentAt: '2026-02-13T14:30:00Z' }), [], opts('2026-01-01T00:00:00Z', { timeZone: 'Mars/Olympus' }));
    expect(r.dueAt).toBe('2026-02-18T14:30:00+00:00');
  });
});
