// Sign-in failures: one clear message each, shown with a Retry button (ErrorBar). A Retry lets
// the next attempt show sign-in UI; nothing here retries on its own.
import { ApiRequestError } from '../api/errors';

export type SignInProblem = 'consent_required' | 'sign_in_required' | 'sign_in_cancelled' | 'claims_challenge' | 'sign_in_failed';

const MESSAGES: Readonly<Record<SignInProblem, string>> = {
  consent_required: 'Onus needs your permission (or your IT administrator\'s approval) to act for you. Choose Retry to review it; if it says an admin must approve, send IT the link in docs/deploy.md, "Admin consent".',
  sign_in_required: 'Sign in to Onus with your work account to see and track follow-ups. Choose Retry to sign in.',
  sign_in_cancelled: 'Sign-in was cancelled, so Onus can\'t reach the firm\'s follow-ups. Choose Retry to sign in.',
  claims_challenge: 'Your organization needs you to sign in again (a security policy changed). Choose Retry to sign in.',
  sign_in_failed: 'Onus couldn\'t sign you in. Choose Retry; if it keeps failing, tell IT',
};

function messageFor(problem: SignInProblem, detail: string | undefined, consentUrl: string | null): string {
  if (problem === 'sign_in_failed') return `${MESSAGES[problem]}${detail ? ` (${detail})` : ''}.`;
  // The pane shows text only; the link is there to copy into a message to IT.
  if (problem === 'consent_required' && consentUrl) {
    return `Onus needs your IT administrator's approval before it can act for you. Send IT this approval link: ${consentUrl} — then choose Retry.`;
  }
  return MESSAGES[problem];
}

export class SignInError extends ApiRequestError {
  constructor(readonly problem: SignInProblem, detail?: string, readonly consentUrl: string | null = null) {
    super(messageFor(problem, detail, consentUrl), 401, problem);
    this.name = 'SignInError';
  }
}

/** Silent sign-in can't finish without the user (MSAL's InteractionRequiredAuthError and kin). */
export class InteractionNeeded extends Error {
  constructor(readonly claims?: string) {
    super('interaction required');
    this.name = 'InteractionNeeded';
  }
}

/** This way of signing in does not work on this host; try the next one. */
export class SourceUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SourceUnavailable';
  }
}

export const isSignInError = (err: unknown): err is SignInError => err instanceof SignInError;
