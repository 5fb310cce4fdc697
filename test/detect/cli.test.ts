// The evaluation hook: one JSON line per record on stdout, malformed lines reported on stderr by
// line number and skipped, exit 2 only when the file cannot be read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'test/cli/detect.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

const record = (id: string, over: Record<string, unknown>) => JSON.stringify({
  id, subject: '', from: { name: '', address: 'x@mail.example' }, to: [{ name: 'Intake', address: 'intake@firm.example' }], cc: [],
  sentAt: '2026-03-03T10:00:00-05:00', timeZone: 'America/New_York', bodyType: 'text', body: '', ...over,
});

describe('npm run detect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, [
    record('vm', { subject: 'Voice Mail (18 seconds)', body: 'You received a voice mail from +1 484-555-0190.\n\nTranscription:\nThis is Ann Lee, please call me back.', messageClass: 'IPM.Note.Microsoft.Voicemail.UM.CA' }),
    '{"id": "broken", ',
    record('inq', { subject: 'DUI', from: { name: 'Ray Cole', address: 'ray@mail.example' }, body: 'I was arrested for DUI on Saturday. Do you handle DUI cases? 610-555-0123' }),
    '',
    JSON.stringify({ id: 'no-fields' }),
  ].join('\n'));

  it('prints one line per readable record and names the malformed line on stderr', () => {
    const r = run(file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['vm', 'inq', 'no-fields']);
    expect(lines[0]).toMatchObject({ kind: 'voicemail', caller: { name: 'Ann Lee', phone: '+14845550190' } });
    expect(lines[1]).toMatchObject({ kind: 'inquiry', contact: { email: 'ray@mail.example', phone: '+16105550123' }, practiceArea: 'criminal_defense' });
    expect(Object.keys(lines[1]!).sort()).toEqual(['caller', 'contact', 'expectsReply', 'id', 'kind', 'practiceArea', 'urgent']);
    expect(r.stderr).toMatch(/records\.jsonl:2: skipped malformed record/);
    expect(r.stderr).toMatch(/firm domain inferred as firm\.example/);
  });

  it('takes the firm\'s domains from --firm-domain', () => {
    const r = run(file, '--firm-domain', 'mail.example');
    expect(r.status).toBe(0);
    // The sender is now one of the firm's own: a colleague, not a prospect.
    expect(JSON.parse(r.stdout.trim().split('\n')[1]!)).toMatchObject({ id: 'inq', kind: null });
  });

  it('exits 2 when the file cannot be read', () => {
    const r = run(join(dir, 'missing.jsonl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  });
});
