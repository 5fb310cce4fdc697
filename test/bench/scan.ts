// `npm run bench:scan`: the mailbox scanner against the local Graph emulator, through the real
// Graph client and msal-node. Prints figures; asserts nothing.
//   1. initial scan of one 10,000-message mailbox: Graph requests and wall time
//   2. incremental scan after 10 new messages: Graph requests per folder
//   3. detection latency, emulator accepting a message → queue item in SQLite, over 100
//      voicemails through the webhook path (polling off)
import path from 'node:path';
import Database from 'better-sqlite3';
import { withTrustedTestCa } from './trusted-ca';
import { arrivingVoicemail, bulkMailbox, demoFirm } from '../../server/demo/seed';
import { INTAKE, FIRM_DOMAIN, PARTNER, startGraph, startIdentity, startScanHarness } from '../scan/harness';

const MAILBOX_SIZE = Number(process.env['BENCH_MAILBOX_SIZE'] ?? 10_000);
const LATENCY_SAMPLES = 100;

await withTrustedTestCa(import.meta.url, main);

async function main(): Promise<void> {
  const idp = await startIdentity();
  await initialAndIncremental(idp);
  await latency(idp);
  await idp.close();
}

async function initialAndIncremental(idp: Awaited<ReturnType<typeof startIdentity>>): Promise<void> {
  const graph = await startGraph(idp, { latencyMs: 0 });
  const now = new Date();
  const items = bulkMailbox({ now, mailbox: { ...PARTNER, role: 'partner', timeZone: 'America/New_York' }, firmDomain: FIRM_DOMAIN, count: MAILBOX_SIZE });
  for (const folder of ['inbox', 'sentitems'] as const) {
    graph.seed(PARTNER.mail, folder, items.filter((i) => i.folder === folder).map((i) => i.message as never));
  }
  const h = await startScanHarness({ idp, graph, settings: { mailboxes: [PARTNER.mail] } });
  graph.stats.reset();
  const started = performance.now();
  const results = await h.app.server.scan!.scanner.syncAll();
  const seconds = (performance.now() - started) / 1000;
  const seen = results.reduce((n, r) => n + r.tally.seen, 0);
  const created = results.reduce((n, r) => n + r.tally.created, 0);
  console.log(`initial scan: ${seen} messages (${MAILBOX_SIZE} in the mailbox) in ${seconds.toFixed(1)} s = ${(seen / seconds).toFixed(0)} messages/s; ` +
    `${graph.stats.count()} Graph requests (${graph.stats.count({ pathIncludes: '/delta' })} delta pages); ${created} queue items; ` +
    `max ${graph.stats.maxConcurrent(PARTNER.mail)} requests in flight`);
  const db = new Database(path.join(h.app.dataDir, 'onus.sqlite'), { readonly: true });
  const kinds = db.prepare('SELECT kind, COUNT(*) AS n FROM followups GROUP BY kind ORDER BY n DESC').all() as { kind: string; n: number }[];
  db.close();
  console.log(`  queue items by kind: ${kinds.map((k) => `${k.kind} ${k.n}`).join(', ')}`);
  // seed(), not deliver(): no change notification, so the delta round below does all the work.
  const firm = demoFirm({ now });
  graph.seed(PARTNER.mail, 'inbox', Array.from({ length: 10 }, (_, i) => arrivingVoicemail(firm, new Date(), i + 1).message as never));
  const voicemails = () => h.queue({ kind: 'voicemail' }).then((items) => items.length);
  const before = await voicemails();
  for (const folder of ['inbox', 'sentitems']) {
    graph.stats.reset();
    await h.app.server.scan!.scanner.requestSync(PARTNER.mail, folder);
    console.log(`incremental scan of ${folder} after 10 new inbox messages: ${graph.stats.count()} Graph requests`);
  }
  console.log(`  new voicemails in the queue: ${(await voicemails()) - before}`);
  await h.close();
  await graph.close();
}

async function latency(idp: Awaited<ReturnType<typeof startIdentity>>): Promise<void> {
  const graph = await startGraph(idp);
  const h = await startScanHarness({ idp, graph, settings: { mailboxes: [INTAKE.mail] } });
  await h.app.server.scan!.scanner.syncAll(); // subscribes (handshake) and reads the empty mailbox
  const db = new Database(path.join(h.app.dataDir, 'onus.sqlite'), { readonly: true });
  const found = db.prepare('SELECT 1 FROM followups WHERE source_internet_message_id = ?');
  const firm = demoFirm({ now: new Date() });
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
    const vm = arrivingVoicemail(firm, new Date(), 1000 + i);
    const started = performance.now();
    const stored = graph.deliver(INTAKE.mail, 'inbox', { ...(vm.message as object), toRecipients: [{ emailAddress: { name: 'Intake', address: INTAKE.mail } }] } as never);
    while (found.get(stored.internetMessageId) === undefined) {
      if (performance.now() - started > 30_000) throw new Error(`message ${i} never reached the queue`);
      await new Promise((r) => setTimeout(r, 2));
    }
    samples.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  db.close();
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(0);
  console.log(`detection latency through the webhook (${LATENCY_SAMPLES} voicemails, delivery → queue item): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms ` +
    `(includes the emulator's ${50} ms notification batching)`);
  await h.close();
  await graph.close();
}
