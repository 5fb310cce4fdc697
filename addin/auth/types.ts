// The small interfaces sign-in is built from, so each piece can be replaced by a fake in tests:
// the Outlook host's auth features (implemented in addin/office/auth.ts) and a Nested App
// Authentication client (MSAL.js in msal.ts).

/** What the Outlook host offers for sign-in. Only addin/office/ implements it. */
export interface AuthHost {
  /** Nested App Authentication: requirement set NestedAppAuth 1.1. */
  supportsNaa(): boolean;
  /** Legacy Office SSO (getAccessToken): requirement set IdentityAPI 1.3. */
  supportsHostSso(): boolean;
  /** The dialog API (displayDialogAsync), for a sign-in page of ours. */
  supportsDialog(): boolean;
  /** A token for our API from the host's SSO; prompts for sign-in and consent when needed. */
  getHostSsoToken(options: { readonly claims?: string }): Promise<string>;
  /** Opens `url` in a host dialog and resolves with the token the page sends back. */
  signInWithDialog(url: string): Promise<string>;
}

/** The part of an MSAL nestable client that the pane uses. */
export interface NaaClient {
  acquireSilent(request: TokenRequest): Promise<string>;
  acquireInteractive(request: TokenRequest): Promise<string>;
}

export interface TokenRequest {
  readonly scopes: readonly string[];
  /** Skip the cache (the API said the token expired). */
  readonly forceRefresh?: boolean;
  /** A claims challenge from the API (decoded JSON). */
  readonly claims?: string;
}

export type TokenSourceKind = 'demo' | 'naa' | 'host-sso' | 'dialog';

/** Why a request is retried with a fresh token. */
export type Challenge =
  | { readonly kind: 'expired' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'claims'; readonly claims: string }
  | { readonly kind: 'consent'; readonly consentUrl: string | null };

/** One way of getting a token; `interactive` may show UI, `silent` must not. */
export interface TokenSource {
  readonly kind: TokenSourceKind;
  silent(options: { readonly forceRefresh?: boolean; readonly claims?: string }): Promise<string>;
  interactive(options: { readonly claims?: string }): Promise<string>;
}

/** What the API client needs: a token, and a fresh one after the API refused the last. */
export interface TokenProvider {
  getToken(): Promise<string>;
  refresh(challenge: Exclude<Challenge, { kind: 'consent' }>): Promise<string>;
  /** The user saw a sign-in message: the next getToken may show sign-in UI. */
  requireInteraction(): void;
}
