// Demo mode's Microsoft 365: the identity and Graph emulators on this machine, a demo firm of
// five mailboxes and three weeks of mail, and the scan setup that points Onus at them. Ids and
// the app secret are made fresh each start; nothing here is a real tenant's.
import { randomBytes, randomUUID } from 'node:crypto';
import { jwksAuthorizer, startGraphEmulator, type GraphEmulator } from '../../emulators/graph';
import { startIdentityEmulator, type IdentityEmulator } from '../../emulators/identity/emulator';
import type { TestTls } from '../../emulators/tls';
import { DEMO_FIRM } from '../auth/demo-issuer';
import type { ScanSetup } from '../scan/runtime';
import { Secret } from '../secret';
import { arrivingInquiry, arrivingVoicemail, demoFirm, type DemoFirm } from './seed';

const GRAPH_ROLES = ['Mail.Read', 'Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'MailboxSettings.Read'];

export interface DemoTenant {
  readonly firm: DemoFirm;
  readonly graph: GraphEmulator;
  readonly identity: IdentityEmulator;
  readonly setup: ScanSetup;
  /** The scripted "new voicemail arrives": delivered into the emulator now, reaching Onus by webhook. */
  arriveVoicemail(): string;
  arriveInquiry(): string;
  close(): Promise<void>;
}

export async function startDemoTenant(tls: TestTls, now: () => Date, pollIntervalSeconds = 300): Promise<DemoTenant> {
  const clientId = randomUUID();
  const secret = randomBytes(24).toString('base64url');
  const tenantId = randomUUID();
  const identity = await startIdentityEmulator({ tls, apps: [{ clientId, secret, appRoles: GRAPH_ROLES }] });
  const graph = await startGraphEmulator({ tls, authorize: jwksAuthorizer({ jwks: () => identity.keys.published().map((k) => k.publicJwk) }) });
  const firm = demoFirm({ now: now() });
  for (const m of firm.mailboxes) graph.addMailbox({ id: m.id, mail: m.mail, displayName: m.displayName, timeZone: m.timeZone });
  for (const item of firm.items) graph.seed(item.mailbox, item.folder, [item.message as never]);
  for (const e of firm.events) graph.addEvent(e.mailbox, e as never);
  const intake = firm.mailboxes.find((m) => m.id === firm.intakeMailbox);
  let arrivals = 0;
  const arrive = (make: typeof arrivingVoicemail) => {
    arrivals += 1;
    const item = make(firm, now(), arrivals);
    return graph.deliver(item.mailbox, item.folder, item.message as never).internetMessageId ?? '';
  };
  return {
    firm, graph, identity,
    setup: {
      firmId: DEMO_FIRM,
      credentials: { authorityHost: identity.origin, tenantId, clientId, clientSecret: new Secret(secret) },
      settings: {
        graphBaseUrl: graph.baseUrl,
        mailboxes: firm.mailboxes.map((m) => m.mail),
        intakeMailbox: intake?.mail ?? null,
        intakeOwner: intake?.mail ?? null,
        firmDomains: [firm.domain],
        timeZone: firm.timeZone,
        awaitingReplyBusinessDays: 2,
        pollIntervalSeconds,
      },
    },
    arriveVoicemail: () => arrive(arrivingVoicemail),
    arriveInquiry: () => arrive(arrivingInquiry),
    async close() {
      await graph.close();
      await identity.close();
    },
  };
}
