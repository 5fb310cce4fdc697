// `npm run setup:check`: is this server ready for the firm's tenant? Reads the same environment
// as the server (server/config.ts) and prints one line per check; exits 1 when something blocks a
// deployment. Never prints secrets.
import { runSetupCheck } from './setup-checks';

const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;

runSetupCheck(process.env).then((report) => {
  console.log('Onus setup check\n');
  for (const { status, text } of report.checks) console.log(`  ${MARK[status]} ${text}`);
  console.log(report.ok ? '\nNothing blocks a deployment.' : '\nFix the ✗ lines above, then run `npm run setup:check` again.');
  process.exitCode = report.ok ? 0 : 1;
}, (error: unknown) => {
  console.error(`setup:check failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
