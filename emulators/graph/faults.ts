// Injected failures: the next N requests for a mailbox (or any, '*') answer 429 or 5xx before
// anything else looks at them. A mailbox's own faults are used before the '*' ones.
import { errors, type Reply } from './reply';

type Fault = { readonly kind: 'throttle'; readonly retryAfter: number; remaining: number } | { readonly kind: 'fail'; readonly status: number; remaining: number };

export interface FaultQueue {
  add(key: string, fault: Fault): void;
  /** The reply of the next fault due for this mailbox (null key: a request not about a mailbox). */
  take(mailbox: string | null): Reply | null;
}

export function createFaultQueue(): FaultQueue {
  const queues = new Map<string, Fault[]>();
  const takeFrom = (key: string): Reply | null => {
    const queue = queues.get(key);
    const fault = queue?.[0];
    if (queue === undefined || fault === undefined) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) queue.shift();
    return fault.kind === 'throttle' ? errors.throttled(fault.retryAfter) : errors.serverFault(fault.status);
  };
  return {
    add(key, fault) {
      if (fault.remaining <= 0) return;
      const queue = queues.get(key) ?? [];
      queue.push(fault);
      queues.set(key, queue);
    },
    take: (mailbox) => (mailbox === null ? null : takeFrom(mailbox)) ?? takeFrom('*'),
  };
}
