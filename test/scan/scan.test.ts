// Scanning a firm's mailboxes into the queue, end to end: Graph emulator → real Graph client →
// detectors → SQLite → GET /api/followups. Each item appears once, with who, what and a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSOCIATE, eventually, INTAKE, mail, PARTNER, startScanHarness, type ScanHarness } from './harness';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const CLIENT = 'maria.lopez@clientmail.example';

let h: ScanHarness;

function seedFirm(harness: ScanHarness): void {
  const { graph } = harness;
  graph.deliver(INTAKE.mail, 'inbox', mail({
    from: 'voicemail@hartleymoss.example', to: [INTAKE.mail], subject: 'Voice Mail (18 seconds)',
    body: 'You received a voice mail from +1 484-555-0190.\n\nTranscription:\nHi, this is Carla Nguyen. I was rear-ended on the turnpike and need a lawyer. Please call me back at 484-555-0190.',
    singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' }],
    attachments: [{ name: 'audio.mp3', contentType: 'audio/mpeg', size: 80_000 }],
  }));
  graph.deliver(INTAKE.mail, 'inbox', mail({
    from: 'wordpress@hartleymoss.example', to: [INTAKE.mail], subject: 'New submission from Contact Us',
    body: 'Name: Owen Price\nEmail: owen.price@mailbox.example\nPhone: (267) 555-0161\nMessage: My wife and I are divorcing and I need help with custody of our two kids.',
  }));
  graph.deliver(PARTNER.mail, 'inbox', mail({
    from: 'news@barjournal.example', to: [PARTNER.mail], subject: 'This week in the bar journal',
    body: 'Read our latest issues. Unsubscribe at any time.', internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:u@barjournal.example>' }, { name: 'Precedence', value: 'bulk' }],
  }));
  // Sent five days ago, asks something, nobody answered: awaiting reply.
  graph.deliver(PARTNER.mail, 'sentitems', mail({
    from: PARTNER.mail, to: [CLIENT], subject: 'Engagement letter', at: daysAgo(5), conversationId: 'conv-engagement',
    body: 'Maria,\n\nThe retainer stays at the amount we discussed on Tuesday.\n\nCould you send me the signed engagement letter so we can open the file?\n\nDana',
  }));
  // Sent five days ago and answered the next day: nothing to chase.
  graph.deliver(ASSOCIATE.mail, 'sentitems', mail({
    from: ASSOCIATE.mail, to: ['rkim@brightline.example'], subject: 'Draft lease', at: daysAgo(5), conversationId: 'conv-lease',
    body: 'Rachel,\n\nCould you send me the landlord\'s latest redline?\n\nSam',
  }));
  graph.deliver(ASSOCIATE.mail, 'inbox', mail({
    from: 'rkim@brightline.example', to: [ASSOCIATE.mail], subject: 'RE: Draft lease', at: daysAgo(4), conversationId: 'conv-lease',
    body: 'Attached is the redline.',
  }));
  // A promise the firm made: a commitment owned by the sender.
  graph.deliver(ASSOCIATE.mail, 'sentitems', mail({
    from: ASSOCIATE.mail, to: ['tom.reyes@clientmail.example'], subject: 'Deposition prep', at: daysAgo(1),
    body: 'Tom,\n\nI will send you the outline of deposition questions by Friday.\n\nSam',
  }));
}

beforeAll(async () => {
  h = await startScanHarness();
  seedFirm(h);
  await h.app.server.scan!.scanner.syncAll();
});
afterAll(async () => {
  await h?.close();
});

describe('the first scan of the firm', () => {
  it('puts the voicemail in the queue with the caller, the number in E.164 and the intake owner', async () => {
    const [vm] = await h.queue({ kind: 'voicemail' });
    expect(vm).toBeDefined();
    expect(vm!.owner).toBe(INTAKE.mail);
    expect(vm!.details?.caller?.phone).toBe('+14845550190');
    expect(vm!.details?.caller?.name).toBe('Carla Nguyen');
    expect(vm!.snippet).toContain('rear-ended');
    expect(vm!.source.internetMessageId).toMatch(/^<test-/);
  });

  it('parses the web form into a lead with practice area', async () => {
    const [lead] = await h.queue({ kind: 'inquiry' });
    expect(lead?.details?.contact).toEqual({ name: 'Owen Price', email: 'owen.price@mailbox.example', phone: '+12675550161' });
    expect(lead?.details?.practiceArea).toBe('family');
  });

  it('finds the unanswered ask and not the answered one; the sender owns it', async () => {
    const waiting = await h.queue({ kind: 'awaiting_reply' });
    expect(waiting.map((f) => f.source.subject)).toEqual(['Engagement letter']);
    expect(waiting[0]!.owner).toBe(PARTNER.mail);
    expect(waiting[0]!.title).toContain(CLIENT);
    expect(waiting[0]!.details?.evidence.length).toBeGreaterThan(0);
  });

  it('turns a promise in sent mail into a commitment owned by the sender, with its due date', async () => {
    const [c] = await h.queue({ kind: 'commitment' });
    expect(c?.owner).toBe(ASSOCIATE.mail);
    expect(c?.title).toContain('outline of deposition questions');
    expect(c?.due).not.toBeNull();
  });

  it('keeps newsletters out of the queue and stores the ask, not the rest of the body', async () => {
    const all = await h.queue();
    expect(all.some((f) => /bar journal/i.test(f.source.subject))).toBe(false);
    expect(JSON.stringify(all)).toContain('so we can open the file');
    expect(JSON.stringify(all)).not.toContain('retainer stays');
  });
});

describe('scanning again', () => {
  it('changes nothing and costs one delta request per folder', async () => {
    const before = await h.queue();
    h.graph.stats.reset();
    await h.app.server.scan!.scanner.syncAll();
    expect(await h.queue()).toEqual(before);
    expect(h.graph.stats.count({ pathIncludes: '/delta' })).toBe(6);
  });

  it('after 10 new messages, reads them with at most 3 requests per folder', async () => {
    for (let i = 0; i < 10; i += 1) {
      h.graph.deliver(PARTNER.mail, 'inbox', mail({ from: `someone${i}@elsewhere.example`, to: [PARTNER.mail], subject: `Update ${i}`, body: 'FYI, the filing went in.' }));
    }
    h.graph.stats.reset();
    await h.app.server.scan!.scanner.requestSync(PARTNER.mail, 'inbox');
    expect(h.graph.stats.count({ pathIncludes: '/delta' })).toBeLessThanOrEqual(3);
  });

  it('closes the awaiting-reply item by itself when the client answers', async () => {
    h.graph.deliver(PARTNER.mail, 'inbox', mail({
      from: CLIENT, to: [PARTNER.mail], subject: 'RE: Engagement letter', conversationId: 'conv-engagement', body: 'Signed copy attached.',
    }));
    await h.app.server.scan!.scanner.requestSync(PARTNER.mail, 'inbox');
    const [item] = await eventually(async () => {
      const items = await h.queue({ kind: 'awaiting_reply', status: 'done' });
      return items.length > 0 ? items : null;
    });
    expect(item!.source.subject).toBe('Engagement letter');
  });
});
