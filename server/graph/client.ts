// The one way out to Microsoft Graph: the official client, pointed at the configured base URL
// (graph.microsoft.com, a national cloud, or the local emulator) with app-only tokens.
// The SDK's own retry is off: server/graph/retry.ts retries every transient failure (not only
// 429/503/504) with one policy, and waits outside the per-mailbox gate.
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { AppTokenSource } from './app-token';

export const MICROSOFT_GRAPH = 'https://graph.microsoft.com/v1.0';

export function createGraphClient(baseUrl: string, token: AppTokenSource): Client {
  const url = new URL(baseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  return Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler({ getAccessToken: token }),
      new RetryHandler(new RetryHandlerOptions(0, 0)),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
    baseUrl: url.origin,
    defaultVersion: version,
    // Without this the SDK sends no Authorization header to a host that is not Microsoft's.
    customHosts: new Set([url.hostname]),
  });
}
