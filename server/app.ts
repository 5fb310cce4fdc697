// The Express app: created from its dependencies, never listening on import (start.ts listens).
import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Auth } from './auth';
import { bearerAuth } from './auth/bearer';
import { MICROSOFT_LOGIN, type Config } from './config';
import { apiNotFound, errorHandler } from './http/error-handler';
import { jsonBody } from './http/json-body';
import { requestLog } from './http/request-log';
import { publicRateLimit, WEBHOOK_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import { noStore, securityHeaders } from './http/security-headers';
import type { TokenBroker } from './msal/broker';
import { adminRouter } from './routes/admin';
import { demoArrivalsRouter, type DemoArrivals } from './routes/demo-arrivals';
import { demoTokenRouter } from './routes/demo-token';
import { directoryRouter } from './routes/directory';
import { followUpsRouter } from './routes/followups';
import { graphWebhookRouter, type WebhookDeps } from './routes/graph-webhook';
import { healthRouter } from './routes/health';
import { meRouter } from './routes/me';
import { signInConfigRouter } from './routes/sign-in-config';
import type { Store } from './store/store';

export interface AppDeps {
  readonly config: Config;
  readonly store: Pick<Store, 'followUps' | 'firms'>;
  readonly auth: Auth;
  readonly logger: Logger;
  readonly now: () => Date;
  /** On-behalf-of and app-only tokens; null without ONUS_CLIENT_SECRET (routes that need it do not exist). */
  readonly tokens?: TokenBroker | null;
  /** Limit of the routes that need no token (default 120 a minute per address). */
  readonly publicLimit?: RateLimitOptions;
  /** Graph change notifications; absent: /webhooks/graph does not exist. */
  readonly webhook?: WebhookDeps;
  /** Demo mode with its local Microsoft 365: scripted arrivals of new mail. */
  readonly demoArrivals?: DemoArrivals;
}

export function createApp(deps: AppDeps): Express {
  const { config, store, auth, logger, now, tokens = null, publicLimit, webhook, demoArrivals } = deps;
  const app = express();
  app.disable('x-powered-by');
  const authorityHost = config.auth.mode === 'entra' ? config.auth.authorityHost : MICROSOFT_LOGIN;
  app.use(securityHeaders({ https: config.publicUrl?.startsWith('https:') ?? false, authorityHost }));
  app.use(requestLog(logger.child({ category: 'http' })));
  app.use(healthRouter());

  if (webhook !== undefined) app.use('/webhooks/graph', noStore, publicRateLimit(WEBHOOK_RATE_LIMIT), graphWebhookRouter(webhook));
  app.use('/api', noStore);
  const limited = publicRateLimit(publicLimit);
  app.use('/api/config', limited, signInConfigRouter(config));
  const signedIn = bearerAuth(auth.verifier);
  if (auth.demo !== null && demoArrivals !== undefined) app.use('/api/demo/arrivals', signedIn, jsonBody(), demoArrivalsRouter(demoArrivals));
  if (auth.demo !== null) app.use('/api/demo', limited, demoTokenRouter(auth.demo));
  app.use('/api/me', signedIn, meRouter(auth.demo !== null));
  app.use('/api/followups', signedIn, jsonBody(), followUpsRouter({ followUps: store.followUps, now }));
  app.use('/api/admin', signedIn, adminRouter({ firms: store.firms }));
  if (tokens !== null) app.use('/api/directory', signedIn, directoryRouter(tokens));
  app.use('/api', apiNotFound);

  if (existsSync(config.addinDir)) {
    app.use(express.static(config.addinDir, { index: ['index.html', 'taskpane.html'] }));
  } else {
    logger.warn({ category: 'startup', addinDir: config.addinDir }, 'add-in not built: run `npm run build` to serve the task pane');
  }
  // Anything else: a JSON 404 through the error handler, so it carries the same headers as every page.
  app.use(apiNotFound);
  app.use(errorHandler(logger.child({ category: 'http' })));
  return app;
}
