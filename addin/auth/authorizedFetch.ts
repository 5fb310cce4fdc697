// Sends one API request with a bearer token, and at most one automatic retry:
//   refused as expired / invalid / claims challenge → one fresh token, one retry
//   refused again, or consent required             → a SignInError (one message, a Retry button)
// The user's Retry lets the next token request show sign-in UI; nothing loops on its own.
import { challengeOf } from './challenge';
import { SignInError } from './errors';
import type { Challenge, TokenProvider } from './types';

function signInErrorFor(challenge: Challenge): SignInError {
  if (challenge.kind === 'consent') return new SignInError('consent_required', undefined, challenge.consentUrl);
  if (challenge.kind === 'claims') return new SignInError('claims_challenge');
  return new SignInError('sign_in_required');
}

export async function authorizedFetch(tokens: TokenProvider, send: (token: string) => Promise<Response>): Promise<Response> {
  const first = await send(await tokens.getToken());
  const challenge = await challengeOf(first);
  if (!challenge) return first;
  if (challenge.kind === 'consent') {
    tokens.requireInteraction();
    throw signInErrorFor(challenge);
  }
  let fresh: string;
  try {
    fresh = await tokens.refresh(challenge);
  } catch (err) {
    tokens.requireInteraction();
    throw err;
  }
  const second = await send(fresh);
  const again = await challengeOf(second);
  if (!again) return second;
  tokens.requireInteraction();
  throw signInErrorFor(again);
}
