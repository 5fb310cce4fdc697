// The demo firm, scanned end to end: six mailboxes and three weeks of mail written apart from the
// detectors (server/demo/seed), with its own answer key. Every voicemail, inquiry and unanswered
// ask must come out of the real scanner, once, and nothing else with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEmulator } from '../../emulators/graph';
import { demoFirm, type DemoFirm } from '../../server/demo/seed';
import { startGraph, startIdentity, startScanHarness, type ScanHarness } from './harness';

let h: ScanHarness;
let graph: GraphEmulator;
let firm: DemoFirm;
let idp: Awaited<ReturnType<typeof startIdentity>>;

beforeAll(async () => {
  idp = await startIdentity();
  firm = demoFirm({ now: new Date() });
  graph = await startGraph(idp, {}, firm.mailboxes);
  for (const item of firm.items) graph.seed(item.mailbox, item.folder, [item.message]);
  const intake = firm.mailboxes.find((m) => m.id === firm.intakeMailbox)!.mail;
  h = await startScanHarness({
    idp, graph,
    settings: { mailboxes: firm.mailboxes.map((m) => m.mail), intakeMailbox: intake, intakeOwner: intake, firmDomains: [firm.domain] },
  });
  await h.app.server.scan!.scanner.syncAll();
});
afterAll(async () => {
  await h?.close();
  await graph?.close();
  await idp?.close();
});

function score(kind: string, want: readonly string[], got: readonly string[]) {
  const wanted = new Set(want);
  const tp = got.filter((id) => wanted.has(id)).length;
  const precision = got.length === 0 ? 1 : tp / got.length;
  const recall = want.length === 0 ? 1 : tp / want.length;
  console.log(`demo firm ${kind}: ${want.length} expected, ${got.length} in the queue, precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
  return { precision, recall };
}

describe('the demo firm through the scanner', () => {
  for (const [kind, key] of [['voicemail', 'voicemails'], ['inquiry', 'inquiries'], ['awaiting_reply', 'awaitingReply']] as const) {
    it(`${kind}: precision and recall of at least 0.95, each message once`, async () => {
      const items = await h.queue({ kind });
      const ids = items.map((f) => f.source.internetMessageId ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      const { precision, recall } = score(kind, firm.expected[key], ids);
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('owns each item: calls and inquiries in the intake mailbox go to intake, awaiting replies to their sender', async () => {
    const intake = firm.mailboxes.find((m) => m.id === firm.intakeMailbox)!.mail;
    for (const f of await h.queue({ kind: 'inquiry' })) expect(f.owner).toBe(f.details?.mailbox === intake ? intake : f.details?.mailbox);
    for (const f of await h.queue({ kind: 'awaiting_reply' })) expect(f.owner).toBe(f.source.from?.address);
  });
});
