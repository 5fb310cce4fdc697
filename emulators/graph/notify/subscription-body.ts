// Checks a POST /subscriptions body (subscription-post-subscriptions.md): changeType, URLs,
// expirationDateTime (at most 10,080 minutes ahead for Outlook resources), clientState ≤ 128 chars.
import { graphError, type Reply } from '../reply';
import { acceptableUrl } from './handshake';
import type { ChangeType } from './registry';

export const MAX_MINUTES = 10_080;
const TYPES = new Set<string>(['created', 'updated', 'deleted']);

export interface SubscriptionRequest {
  readonly changeTypes: ReadonlySet<ChangeType>;
  readonly changeType: string;
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl: string | null;
  readonly resource: unknown;
  readonly expiresAt: number;
  readonly clientState: string | null;
  readonly latestSupportedTlsVersion: string;
}

const invalid = (message: string) => graphError(400, 'InvalidRequest', message);

/** Epoch ms of a valid expirationDateTime, or its 400. */
export function checkExpiration(value: unknown, now: Date): number | Reply {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return invalid("The 'expirationDateTime' property is required and must be a date and time.");
  if (ms <= now.getTime()) return invalid('Subscription expiration date time is in the past.');
  if (ms > now.getTime() + MAX_MINUTES * 60_000) return invalid(`Subscription expiration can only be ${MAX_MINUTES} minutes in the future.`);
  return ms;
}

export function checkSubscriptionBody(body: unknown, now: Date): SubscriptionRequest | Reply {
  if (typeof body !== 'object' || body === null) return invalid('A subscription body is required.');
  const b = body as Record<string, unknown>;
  const types = typeof b['changeType'] === 'string' ? b['changeType'].split(',').map((t) => t.trim()) : [];
  if (types.length === 0 || !types.every((t) => TYPES.has(t))) return invalid("The 'changeType' property must be a comma-separated list of created, updated and deleted.");
  if (!acceptableUrl(b['notificationUrl'])) return graphError(400, 'ValidationError', 'The notificationUrl must be an absolute HTTPS URL.');
  const lifecycle = b['lifecycleNotificationUrl'] ?? null;
  if (lifecycle !== null && !acceptableUrl(lifecycle)) return graphError(400, 'ValidationError', 'The lifecycleNotificationUrl must be an absolute HTTPS URL.');
  const clientState = b['clientState'] ?? null;
  if (clientState !== null && (typeof clientState !== 'string' || clientState.length > 128)) return invalid('The clientState must be a string of at most 128 characters.');
  const expiresAt = checkExpiration(b['expirationDateTime'], now);
  if (typeof expiresAt !== 'number') return expiresAt;
  return {
    changeTypes: new Set(types as ChangeType[]), changeType: types.join(','), notificationUrl: b['notificationUrl'],
    lifecycleNotificationUrl: lifecycle as string | null, resource: b['resource'], expiresAt, clientState: clientState as string | null,
    latestSupportedTlsVersion: typeof b['latestSupportedTlsVersion'] === 'string' ? b['latestSupportedTlsVersion'] : 'v1_2',
  };
}
