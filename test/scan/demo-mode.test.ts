// What `npm start` does with no tenant: a local Microsoft 365 with the demo firm, scanned into the
// queue, and the scripted "new voicemail arrives" reaching the queue through the webhook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTls } from '../../emulators/tls';
import { DEMO_FIRM } from '../../server/auth/demo-issuer';
import { startDemoTenant, type DemoTenant } from '../../server/demo/tenant';
import { followUpListSchema } from '../../shared/followup';
import { startTestServer, type TestServer } from '../helpers/server';
import { eventually } from './harness';

let tenant: DemoTenant;
let app: TestServer;
let token: string;

beforeAll(async () => {
  tenant = await startDemoTenant(runTls(), () => new Date());
  app = await startTestServer({ scan: tenant.setup, demoArrivals: { voicemail: tenant.arriveVoicemail, inquiry: tenant.arriveInquiry }, startScanning: false });
  await app.server.scan!.scanner.start();
  token = await app.token('eleanor.hartley@hartleymoss.example', DEMO_FIRM);
});
afterAll(async () => {
  await app?.close();
  await tenant?.close();
});

const queue = async (kind: string) => {
  const reply = await app.call(`/api/followups?kind=${kind}&limit=500`, { token });
  return followUpListSchema.parse(reply.body).items;
};

describe('demo mode', () => {
  it('fills the queue from the demo firm on start', async () => {
    expect(tenant.firm.mailboxes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tenant.firm.items.map((i) => i.message.internetMessageId)).size).toBeGreaterThanOrEqual(500);
    expect(await queue('voicemail')).toHaveLength(tenant.firm.expected.voicemails.length);
    expect(await queue('inquiry')).toHaveLength(tenant.firm.expected.inquiries.length);
    expect(await queue('awaiting_reply')).toHaveLength(tenant.firm.expected.awaitingReply.length);
  });

  it('a scripted voicemail arrives and is in the queue within seconds, through the webhook', async () => {
    const started = Date.now();
    const reply = await app.call('/api/demo/arrivals', { token, json: { kind: 'voicemail' } });
    expect(reply.status).toBe(202);
    const { internetMessageId } = reply.body as { internetMessageId: string };
    await eventually(async () => (await queue('voicemail')).some((f) => f.source.internetMessageId === internetMessageId), 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses arrivals without a token and with a kind it does not know', async () => {
    expect((await app.call('/api/demo/arrivals', { json: { kind: 'voicemail' } })).status).toBe(401);
    expect((await app.call('/api/demo/arrivals', { token, json: { kind: 'fax' } })).status).toBe(400);
  });
});
