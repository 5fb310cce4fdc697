// How Onus waits before trying Graph again: exactly Retry-After when Graph sent one (429, and
// 503 under load), otherwise exponential backoff with jitter, so many mailboxes that failed
// together do not come back together.
import { GraphFailure, toGraphFailure } from './errors';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 8,
  baseMs: 500,
  maxMs: 60_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** 0-based `attempt` that just failed → milliseconds to wait ("equal jitter": half fixed, half random). */
export function retryDelay(failure: GraphFailure, attempt: number, policy: RetryPolicy): number {
  if (failure.retryAfterSeconds !== null) return Math.min(policy.maxMs, Math.max(0, failure.retryAfterSeconds * 1000));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * policy.random());
}

export async function withRetry<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (failure: GraphFailure, waitMs: number, attempt: number) => void = () => {},
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      const failure = toGraphFailure(err);
      if (!failure.transient || attempt + 1 >= policy.attempts) throw failure;
      const wait = retryDelay(failure, attempt, policy);
      onRetry(failure, wait, attempt);
      await policy.sleep(wait);
    }
  }
}
