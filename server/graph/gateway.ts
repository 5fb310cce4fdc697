// Everything Onus asks of Graph, behind one object: each call passes the per-mailbox gate (at
// most 4 in flight) and the retry policy, and is counted.
import type { Logger } from 'pino';
import type { AppTokenSource } from './app-token';
import { createGraphClient } from './client';
import { deltaPage, mailboxTimeZone, type DeltaPage } from './mail';
import { mailboxGate, type MailboxGate } from './mailbox-gate';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';
import {
  createSubscription, deleteSubscription, reauthorizeSubscription, renewSubscription,
  type CreatedSubscription, type SubscriptionRequest,
} from './subscriptions';

export interface GraphGateway {
  delta(mailbox: string, folder: string, link: string | null): Promise<DeltaPage>;
  mailboxTimeZone(mailbox: string): Promise<string | null>;
  createSubscription(request: SubscriptionRequest): Promise<CreatedSubscription>;
  renewSubscription(mailbox: string, id: string, expiresAt: Date): Promise<CreatedSubscription>;
  reauthorizeSubscription(mailbox: string, id: string): Promise<void>;
  deleteSubscription(mailbox: string, id: string): Promise<void>;
  /** Requests sent so far (retries included), for progress lines and benchmarks. */
  requestCount(): number;
}

export interface GatewayOptions {
  readonly baseUrl: string;
  readonly token: AppTokenSource;
  readonly logger: Logger;
  readonly retry?: Partial<RetryPolicy>;
  readonly gate?: MailboxGate;
}

export function createGraphGateway(o: GatewayOptions): GraphGateway {
  const client = createGraphClient(o.baseUrl, o.token);
  const gate = o.gate ?? mailboxGate();
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...o.retry };
  let requests = 0;
  const call = <T>(mailbox: string, what: string, work: () => Promise<T>): Promise<T> =>
    withRetry(() => gate.run(mailbox, () => {
      requests += 1;
      return work();
    }), policy, (failure, waitMs, attempt) => {
      o.logger.warn({ category: 'graph', mailbox, what, status: failure.status, code: failure.code, waitMs, attempt: attempt + 1 }, 'Graph request failed; retrying');
    });
  return {
    delta: (mailbox, folder, link) => call(mailbox, `delta ${folder}`, () => deltaPage(client, mailbox, folder, link)),
    mailboxTimeZone: (mailbox) => call(mailbox, 'mailboxSettings', () => mailboxTimeZone(client, mailbox)),
    createSubscription: (r) => call(r.mailbox, 'subscribe', () => createSubscription(client, r)),
    renewSubscription: (mailbox, id, at) => call(mailbox, 'renew', () => renewSubscription(client, id, at)),
    reauthorizeSubscription: (mailbox, id) => call(mailbox, 'reauthorize', () => reauthorizeSubscription(client, id)),
    deleteSubscription: (mailbox, id) => call(mailbox, 'unsubscribe', () => deleteSubscription(client, id)),
    requestCount: () => requests,
  };
}
