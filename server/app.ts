// The Express app: created from its dependencies, never listening on import (start.ts listens).
import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Auth } from './auth';
import { bearerAuth } from './auth/bearer';
import type { Config } from './config';
import { apiNotFound, errorHandler } from './http/error-handler';
import { jsonBody } from './http/json-body';
import { requestLog } from './http/request-log';
import { noStore, securityHeaders } from './http/security-headers';
import { demoTokenRouter } from './routes/demo-token';
import { followUpsRouter } from './routes/followups';
import { healthRouter } from './routes/health';
import { meRouter } from './routes/me';
import type { Store } from './store/store';

export interface AppDeps {
  readonly config: Config;
  readonly store: Pick<Store, 'followUps'>;
  readonly auth: Auth;
  readonly logger: Logger;
  readonly now: () => Date;
}

export function createApp(deps: AppDeps): Express {
  const { config, store, auth, logger, now } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders, requestLog(logger.child({ category: 'http' })));
  app.use(healthRouter());

  app.use('/api', noStore);
  if (auth.demo !== null) app.use('/api/demo', demoTokenRouter(auth.demo));
  const signedIn = bearerAuth(auth.verifier);
  app.use('/api/me', signedIn, meRouter(auth.demo !== null));
  app.use('/api/followups', signedIn, jsonBody(), followUpsRouter({ followUps: store.followUps, now }));
  app.use('/api', apiNotFound);

  if (existsSync(config.addinDir)) {
    app.use(express.static(config.addinDir, { index: ['index.html', 'taskpane.html'] }));
  } else {
    logger.warn({ category: 'startup', addinDir: config.addinDir }, 'add-in not built: run `npm run build` to serve the task pane');
  }
  app.use(errorHandler(logger.child({ category: 'http' })));
  return app;
}
