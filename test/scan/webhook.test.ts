// POST /webhooks/graph: the validation handshake, clientState checks, lifecycle events, and new
// mail reaching the queue within seconds through notifications alone (polling is off here).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, INTAKE, mail, startScanHarness, type ScanHarness } from './harness';

let h: ScanHarness;
const logs: string[] = [];
const logTo = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });

beforeAll(async () => {
  h = await startScanHarness({ logTo });
  await h.app.server.scan!.scanner.syncAll();
});
afterAll(async () => {
  await h?.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  h.app.call(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('subscriptions', () => {
  it('subscribed to Inbox and Sent Items of every mailbox, through the handshake', () => {
    const subs = h.graph.subscriptions();
    expect(subs).toHaveLength(6);
    expect(new Set(subs.map((s) => s.notificationUrl))).toEqual(new Set([`${h.app.server.publicUrl}/webhooks/graph`]));
  });

  it('echoes the validation token exactly, as text/plain', async () => {
    const token = 'Validation: Testing client application reachability for subscription Request-Id: 3b3f9821-ce3f-4ef7 +/=&?';
    const reply = await h.app.call(`/webhooks/graph?validationToken=${encodeURIComponent(token)}`, { method: 'POST', body: '', headers: { 'content-type': 'text/plain; charset=utf-8' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(reply.body).toBe(token);
  });
});

describe('notifications', () => {
  it('a new voicemail reaches the queue within seconds, through the webhook alone', async () => {
    const started = Date.now();
    h.graph.deliver(INTAKE.mail, 'inbox', mail({
      from: 'voicemail@hartleymoss.example', to: [INTAKE.mail], subject: 'Voice Mail (31 seconds)',
      body: 'You received a voice mail from +1 610-555-0147.\n\nTranscription:\nThis is Lena Fischer, my son was arrested last night. Please call me.',
      singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' }],
    }));
    const [vm] = await eventually(async () => {
      const items = (await h.queue({ kind: 'voicemail' })).filter((f) => f.details?.caller?.phone === '+16105550147');
      return items.length > 0 ? items : null;
    }, 5_000);
    expect(vm!.details?.caller?.name).toBe('Lena Fischer');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects a notification with the wrong clientState, and logs it', async () => {
    const [sub] = h.graph.subscriptions();
    h.graph.stats.reset();
    const reply = await post('/webhooks/graph', { value: [{ subscriptionId: sub!.id, clientState: 'guess', changeType: 'created', resource: 'Users/x/Messages/y' }] });
    expect(reply.status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.graph.stats.count({ pathIncludes: '/delta' })).toBe(0);
    expect(logs.some((l) => l.includes('clientState does not match'))).toBe(true);
  });

  it('answers malformed bodies with 400 and no work', async () => {
    h.graph.stats.reset();
    expect((await post('/webhooks/graph', '{"value": [')).status).toBe(400);
    expect((await post('/webhooks/graph', { notifications: [] })).status).toBe(400);
    expect((await post('/webhooks/graph', { value: [42, null, { subscriptionId: 7 }] })).status).toBe(202);
    expect(h.graph.stats.count()).toBe(0);
  });

  it('processes a burst of 1,000 notifications without losing a message', async () => {
    const before = (await h.queue({ kind: 'voicemail' })).length;
    for (let i = 0; i < 40; i += 1) {
      h.graph.deliver(INTAKE.mail, 'inbox', mail({
        from: 'voicemail@hartleymoss.example', to: [INTAKE.mail], subject: `Voice Mail (${10 + i} seconds)`,
        body: `You received a voice mail from +1 215-555-${String(1000 + i)}.\n\nTranscription:\nThis is caller ${i}, please call me back about my accident.`,
        singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' }],
      }));
    }
    // 1,000 genuine notifications (Graph may repeat itself) for the intake inbox, in 10 POSTs.
    const sub = h.graph.subscriptions().find((s) => s.resource.toLowerCase().includes(INTAKE.mail) && /inbox/i.test(s.resource))!;
    const stored = h.app.server.scan!;
    expect(stored).toBeTruthy();
    const clientState = sub.clientState;
    const replies = await Promise.all(Array.from({ length: 10 }, () => post('/webhooks/graph', {
      value: Array.from({ length: 100 }, (_, i) => ({ subscriptionId: sub.id, clientState, changeType: 'created', resource: `Users/${INTAKE.id}/Messages/m${i}` })),
    })));
    expect(replies.every((r) => r.status === 202)).toBe(true);
    await eventually(async () => (await h.queue({ kind: 'voicemail' })).length === before + 40, 10_000);
    await stored.scanner.idle();
    expect((await h.queue({ kind: 'voicemail' })).length).toBe(before + 40);
  });
});

describe('logs', () => {
  it('carry no email content, caller, number, token or clientState', async () => {
    const all = logs.join('');
    expect(all).toContain('"category":"webhook"');
    for (const secret of ['arrested', 'Lena Fischer', '610-555-0147', '+16105550147', 'Bearer ', ...h.graph.subscriptions().map((s) => s.clientState)]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('lifecycle notifications', () => {
  it('subscriptionRemoved: subscribes again and catches up with delta', async () => {
    const old = h.graph.subscriptions().find((s) => /inbox/i.test(s.resource))!;
    await h.graph.faults.lifecycle(old.id, 'subscriptionRemoved');
    await eventually(async () => h.graph.subscriptions().length === 6 && !h.graph.subscriptions().some((s) => s.id === old.id));
  });

  it('reauthorizationRequired: reauthorizes the subscription', async () => {
    const sub = h.graph.subscriptions()[0]!;
    h.graph.stats.reset();
    await h.graph.faults.lifecycle(sub.id, 'reauthorizationRequired');
    await eventually(async () => h.graph.stats.count({ pathIncludes: '/reauthorize' }) === 1);
  });

  it('missed: runs a delta catch-up of that folder', async () => {
    const sub = h.graph.subscriptions().find((s) => /inbox/i.test(s.resource))!;
    h.graph.stats.reset();
    await h.graph.faults.lifecycle(sub.id, 'missed');
    await eventually(async () => h.graph.stats.count({ pathIncludes: '/delta' }) >= 1);
  });
});
