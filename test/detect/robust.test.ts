// detectMessage never throws and never stalls: whatever arrives from a mailbox (empty, 10 MB,
// binary, deeply nested HTML, fields of the wrong type) gets an answer, kind null when unreadable.
import { describe, expect, it } from 'vitest';
import { detectMessage, type DetectableMessage } from '../../shared/detect';

const MB = 1024 * 1024;
const base: DetectableMessage = {
  subject: 'Voice Mail (10 seconds)', from: { name: 'Someone', address: 'someone@mail.example' }, to: [], cc: [],
  sentAt: '2026-03-03T10:00:00-05:00', timeZone: 'America/New_York', bodyType: 'text', body: '',
};
const binary = Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');

describe('detectMessage on bad input', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an empty message', { subject: '', body: '' }],
    ['a 10 MB text body', { body: `Name: Tom\n${'lorem ipsum dolor sit amet '.repeat((10 * MB) / 27)}` }],
    ['a 10 MB line without spaces', { body: 'a'.repeat(10 * MB) }],
    ['10 MB of HTML table rows', { bodyType: 'html', body: `<table>${'<tr><td>Name</td><td>Tom</td></tr>'.repeat((10 * MB) / 34)}</table>` }],
    ['200 000 nested divs', { bodyType: 'html', body: `${'<div>'.repeat(200_000)}hello${'</div>'.repeat(200_000)}` }],
    ['binary-looking text', { body: binary }],
    ['a megabyte of labels', { body: 'Message\n'.repeat(MB / 8) }],
    ['a megabyte of phone fragments', { body: '+1 (215) 555 '.repeat(MB / 13) }],
    ['fields of the wrong type', { body: 42, subject: null, from: 'nobody', to: 'x', cc: null, headers: 'h', attachments: [null, 3], sentAt: 7, timeZone: {} }],
    ['an unknown zone and an unreadable date', { timeZone: 'Nowhere/Land', sentAt: 'last week', body: 'My hearing is tomorrow, please call me.' }],
  ])('%s: answers within seconds, without throwing', (_name, over) => {
    const started = performance.now();
    const d = detectMessage({ ...base, ...over } as DetectableMessage, { domains: ['alderfinch.example'] });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(d.snippet.length).toBeLessThanOrEqual(300);
    expect(Array.isArray(d.evidence)).toBe(true);
    expect(['voicemail', 'inquiry', null]).toContain(d.kind);
  });

  it('answers kind null for no message at all', () => {
    expect(detectMessage(null as unknown as DetectableMessage, null as unknown as { domains: string[] }).kind).toBeNull();
    expect(detectMessage(undefined as unknown as DetectableMessage, { domains: [] }).kind).toBeNull();
  });

  it('survives a known-contact lookup that throws', () => {
    const message = { ...base, subject: 'Need a lawyer', body: 'I was arrested last night for DUI. Can you help me?' };
    const d = detectMessage(message, { domains: [], isKnownContact: () => { throw new Error('directory down'); } });
    expect(d.kind).toBe('inquiry');
  });

  it('reads only the first 50 000 characters for markers', () => {
    const late = `${'x '.repeat(60_000)}\nYou have a new voice message:\nFrom: (215) 555-0142`;
    expect(detectMessage({ ...base, subject: 'Hello', body: late }, { domains: [] }).kind).toBeNull();
  });
});
