// `npm start`: run Onus with this process's environment until SIGINT/SIGTERM. With no Microsoft
// 365 tenant configured, demo mode also runs a local Microsoft 365 (identity and Graph
// emulators with a demo firm's mailboxes) and scans it, so the queue fills on first start.
import { ConfigError, loadConfig } from './config';
import { startDemoTenant, type DemoTenant } from './demo/tenant';
import { relaunchTrustingDemoCa, trustedDemoTls } from './demo/trust';
import { startServer } from './start';
import { openStore } from './store/store';
import { DEMO_FIRM } from './auth/demo-issuer';

try {
  const config = loadConfig(process.env);
  let demo: DemoTenant | null = null;
  if (config.demoMailboxes) {
    const tls = trustedDemoTls(process.env);
    if (tls === null) process.exit(await relaunchTrustingDemoCa(config.dataDir));
    demo = await startDemoTenant(tls!, () => new Date());
    // The emulator starts empty each time: what the scanner knew of the last one means nothing now.
    const store = openStore(config.dataDir);
    store.resetScan(DEMO_FIRM);
    store.close();
  }
  const server = await startServer(process.env, {
    ...(demo !== null && { scan: demo.setup, demoArrivals: { voicemail: demo.arriveVoicemail, inquiry: demo.arriveInquiry } }),
  });
  const { publicUrl } = server;
  const mode = config.auth.mode === 'demo'
    ? `demo mode: get a token at ${publicUrl}/api/demo/token?user=you@example.com`
    : `Microsoft sign-in for tenant ${config.auth.allowedTenants.join(', ')}`;
  console.log(`Onus is running at ${publicUrl} — task pane: ${publicUrl}/taskpane.html — ${mode}`);
  if (demo !== null) {
    console.log(`Demo firm ${demo.firm.name}: ${demo.firm.mailboxes.length} mailboxes, ${demo.firm.items.length} messages in a local Microsoft 365, scanning into the queue.`);
    console.log(`  New voicemail: curl -X POST ${publicUrl}/api/demo/arrivals -H "Authorization: Bearer <token>" -H "Content-Type: application/json" -d '{"kind":"voicemail"}'`);
  }
  const shutdown = (signal: string) => {
    console.log(`${signal}: stopping Onus…`);
    server.close().then(() => demo?.close()).then(() => process.exit(0), (err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
