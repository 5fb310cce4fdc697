// The scanner under the failures Graph really produces: throttling storms, 5xx bursts, expired
// delta tokens, and a scanner process killed mid-sync. Nothing lost, nothing twice.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEmulator } from '../../emulators/graph';
import type { IdentityEmulator } from '../../emulators/identity/emulator';
import { makeDataDir, removeDataDir } from '../helpers/server';
import {
  FIRM_DOMAIN, INTAKE, mail, SCAN_CLIENT_ID, SCAN_SECRET, SCAN_TENANT, startGraph, startIdentity, startScanHarness,
} from './harness';

let idp: IdentityEmulator;
beforeAll(async () => {
  idp = await startIdentity();
});
afterAll(async () => {
  await idp?.close();
});

function voicemails(graph: GraphEmulator, n: number, tag: string): void {
  graph.seed(INTAKE.mail, 'inbox', Array.from({ length: n }, (_, i) => mail({
    from: 'voicemail@hartleymoss.example', to: [INTAKE.mail], subject: `Voice Mail (${20 + (i % 40)} seconds)`,
    body: `You received a voice mail from +1 215-555-${String(1000 + i).padStart(4, '0')}.\n\nTranscription:\nThis is ${tag} caller ${i}, please call me back.`,
    singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' }],
  })));
}

describe('throttling and server errors', () => {
  it('rides out a 429 storm: honours Retry-After, never more than 4 requests in flight, loses nothing', async () => {
    const graph = await startGraph(idp);
    voicemails(graph, 250, 'storm');
    graph.faults.throttle(INTAKE.mail, 6, 1);
    const h = await startScanHarness({ idp, graph, settings: { mailboxes: [INTAKE.mail] } });
    try {
      const started = Date.now();
      await h.app.server.scan!.scanner.syncAll();
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      expect(graph.stats.count({ status: 429 })).toBeGreaterThanOrEqual(6);
      expect(graph.stats.maxConcurrent(INTAKE.mail)).toBeLessThanOrEqual(4);
      expect(await h.queue({ kind: 'voicemail' })).toHaveLength(250);
    } finally {
      await h.close();
      await graph.close();
    }
  });

  it('retries 5xx bursts with backoff and completes', async () => {
    const graph = await startGraph(idp);
    voicemails(graph, 120, 'burst');
    graph.faults.fail('*', 5, 500);
    const h = await startScanHarness({ idp, graph, settings: { mailboxes: [INTAKE.mail] } });
    try {
      await h.app.server.scan!.scanner.syncAll();
      expect(graph.stats.count({ status: 500 })).toBe(5);
      expect(await h.queue({ kind: 'voicemail' })).toHaveLength(120);
    } finally {
      await h.close();
      await graph.close();
    }
  });

  it('an expired delta token (410 SyncStateNotFound) restarts the folder without duplicates', async () => {
    const graph = await startGraph(idp);
    voicemails(graph, 30, 'before');
    const h = await startScanHarness({ idp, graph, settings: { mailboxes: [INTAKE.mail] } });
    try {
      await h.app.server.scan!.scanner.syncAll();
      voicemails(graph, 5, 'after');
      graph.faults.expireSyncState(INTAKE.mail);
      graph.stats.reset();
      await h.app.server.scan!.scanner.requestSync(INTAKE.mail, 'inbox');
      expect(graph.stats.count({ status: 410 })).toBe(1);
      const items = await h.queue({ kind: 'voicemail' });
      expect(items).toHaveLength(35);
      expect(new Set(items.map((f) => f.source.internetMessageId)).size).toBe(35);
    } finally {
      await h.close();
      await graph.close();
    }
  });
});

describe('a scanner process killed mid-sync', () => {
  it('resumes at the last committed page: no duplicate, nothing lost', async () => {
    const graph = await startGraph(idp);
    voicemails(graph, 1_500, 'bulk');
    const dataDir = await makeDataDir();
    const env = {
      ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ONUS_TENANT_ID: SCAN_TENANT, ONUS_CLIENT_ID: SCAN_CLIENT_ID,
      ONUS_AUTHORITY_HOST: idp.origin, ONUS_CLIENT_SECRET: SCAN_SECRET, ONUS_TOKEN_CACHE_KEY: randomBytes(32).toString('base64'),
      ONUS_SCAN_MAILBOXES: INTAKE.mail, ONUS_INTAKE_MAILBOX: INTAKE.mail, ONUS_FIRM_DOMAINS: FIRM_DOMAIN, ONUS_GRAPH_BASE_URL: graph.baseUrl,
    };
    const run = (killAtPage: number | null) => new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/scan.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => { out += d; });
      child.stderr.on('data', (d: Buffer) => {
        out += d;
        const page = /inbox: page (\d+),/.exec(String(d).split('\n').filter(Boolean).at(-1) ?? '');
        if (killAtPage !== null && page !== null && Number(page[1]) >= killAtPage) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => resolve({ code, signal, out }));
    });
    try {
      const killed = await run(5);
      expect(killed.signal).toBe('SIGKILL');
      const finished = await run(null);
      expect(finished.code, finished.out).toBe(0);
      const db = new Database(path.join(dataDir, 'onus.sqlite'), { readonly: true });
      const items = db.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT source_internet_message_id) AS d FROM followups WHERE kind = 'voicemail'").get() as { n: number; d: number };
      const seen = db.prepare('SELECT COUNT(*) AS n FROM mail_items').get() as { n: number };
      const state = db.prepare("SELECT delta_link, next_link FROM sync_state WHERE folder = 'inbox'").get() as { delta_link: string | null; next_link: string | null };
      db.close();
      expect(items).toEqual({ n: 1_500, d: 1_500 });
      expect(seen.n).toBe(1_500);
      expect(state.next_link).toBeNull();
      expect(state.delta_link).toContain('deltatoken');
    } finally {
      await graph.close();
      await removeDataDir(dataDir);
    }
  });
});

