// Routes anyone can call without a token (sign-in settings, demo tokens, and the Graph webhook to
// come) are limited per client address, so they cannot be used to flood the server. Signed-in API
// routes are bounded by the token check instead.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { errors } from '../errors';

export interface RateLimitOptions {
  /** Requests allowed per window and address. */
  readonly limit: number;
  readonly windowMs: number;
}

export const PUBLIC_RATE_LIMIT: RateLimitOptions = { limit: 120, windowMs: 60_000 };
/**
 * Graph delivers notifications from a few addresses, in bursts, and retries what is refused:
 * the webhook's limit is high enough never to refuse real traffic, low enough to stop a flood.
 */
export const WEBHOOK_RATE_LIMIT: RateLimitOptions = { limit: 6_000, windowMs: 60_000 };

export function publicRateLimit({ limit, windowMs }: RateLimitOptions = PUBLIC_RATE_LIMIT): RequestHandler {
  return rateLimit({
    limit,
    windowMs,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(errors.rateLimited(Math.ceil(windowMs / 1000))),
  });
}
