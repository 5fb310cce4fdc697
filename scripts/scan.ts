// `npm run scan`: one full pass over the configured mailboxes (Inbox and Sent Items), with a
// progress line per mailbox folder, then exit. Same configuration as `npm start`
// (ONUS_TENANT_ID, ONUS_CLIENT_ID, ONUS_CLIENT_SECRET, ONUS_SCAN_MAILBOXES, …). Safe to stop at
// any moment: the next run resumes at the last page it committed.
import { ConfigError, loadConfig } from '../server/config';
import { appCredentialsFrom } from '../server/graph/credentials';
import { createLogger } from '../server/logger';
import { createScanRuntime } from '../server/scan/runtime';
import { openStore } from '../server/store/store';

try {
  const config = loadConfig(process.env);
  const credentials = config.auth.mode === 'entra' ? appCredentialsFrom(config.auth) : null;
  if (config.scan === null || config.auth.mode !== 'entra' || credentials === null) {
    console.error('Nothing to scan: set ONUS_TENANT_ID, ONUS_CLIENT_ID, ONUS_CLIENT_CERTIFICATE (or ONUS_CLIENT_SECRET with ONUS_TOKEN_CACHE_KEY) and ONUS_SCAN_MAILBOXES (see docs/deploy.md).');
    process.exit(2);
  }
  const store = openStore(config.dataDir);
  const started = Date.now();
  const { scanner, graph } = createScanRuntime(
    { firmId: config.auth.tenantId, settings: config.scan, credentials },
    {
      store, logger: createLogger(config.logLevel), now: () => new Date(), publicUrl: null,
      onProgress: (p) => console.error(`scan ${p.mailbox} ${p.folder}: page ${p.pages}, ${p.seen} messages, ${p.created} new queue items`),
    },
  );
  const results = await scanner.syncAll();
  for (const r of results) {
    console.log(`${r.mailbox} ${r.folder}: ${r.tally.seen} messages in ${r.pages} pages, ${r.tally.created} new queue items${r.resynced ? ' (full resync: the delta token had expired)' : ''}`);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s with ${graph.requestCount()} Graph requests`);
  store.close();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
