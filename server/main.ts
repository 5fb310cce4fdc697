// `npm start`: run Onus with this process's environment until SIGINT/SIGTERM.
import { ConfigError } from './config';
import { startServer } from './start';

try {
  const server = await startServer(process.env);
  const { publicUrl, config } = server;
  const mode = config.auth.mode === 'demo'
    ? `demo mode: get a token at ${publicUrl}/api/demo/token?user=you@example.com`
    : `Microsoft sign-in for tenant ${config.auth.allowedTenants.join(', ')}`;
  console.log(`Onus is running at ${publicUrl} — task pane: ${publicUrl}/taskpane.html — ${mode}`);
  const shutdown = (signal: string) => {
    console.log(`${signal}: stopping Onus…`);
    server.close().then(() => process.exit(0), (err: unknown) => {
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
