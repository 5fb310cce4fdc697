// The real Nested App Authentication client: MSAL.js's nestable public client, behind NaaClient.
// Loaded lazily (its own chunk) and only when the server is in Microsoft sign-in mode.
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { EntraConfig } from './config';
import { InteractionNeeded, SignInError, SourceUnavailable } from './errors';
import type { NaaClient, TokenRequest } from './types';

interface MsalLikeError { readonly errorCode?: unknown; readonly errorMessage?: unknown; readonly message?: unknown }

/** MSAL's error codes → what the pane does about them. */
export function fromMsalError(err: unknown, silent: boolean): Error {
  const { errorCode, errorMessage, message } = (err ?? {}) as MsalLikeError;
  const code = typeof errorCode === 'string' ? errorCode : '';
  const text = `${code} ${typeof errorMessage === 'string' ? errorMessage : ''} ${typeof message === 'string' ? message : ''}`;
  if (/consent_required|AADSTS65001/i.test(text)) return silent ? new InteractionNeeded() : new SignInError('consent_required');
  if (silent && (err instanceof InteractionRequiredAuthError || /interaction_required|login_required/.test(code))) return new InteractionNeeded();
  if (code === 'user_cancelled') return new SignInError('sign_in_cancelled');
  if (code === 'nested_app_auth_bridge_disabled') return new SourceUnavailable('this Outlook does not broker sign-in for add-ins');
  if (code === 'no_network_connectivity') return new SignInError('sign_in_failed', 'no network connection');
  return new SignInError('sign_in_failed', code || 'Microsoft sign-in returned an error');
}

function remember(pca: IPublicClientApplication, result: AuthenticationResult): string {
  if (result.account) pca.setActiveAccount(result.account);
  return result.accessToken;
}

export async function createMsalNaaClient(config: EntraConfig): Promise<NaaClient> {
  let pca: IPublicClientApplication;
  try {
    pca = await createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
  } catch (err) {
    throw fromMsalError(err, false);
  }
  const account = () => pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  return {
    async acquireSilent({ scopes, forceRefresh, claims }: TokenRequest) {
      try {
        return remember(pca, await pca.acquireTokenSilent({ scopes: [...scopes], forceRefresh, claims, account: account() }));
      } catch (err) {
        throw fromMsalError(err, true);
      }
    },
    async acquireInteractive({ scopes, claims }: TokenRequest) {
      try {
        return remember(pca, await pca.acquireTokenPopup({ scopes: [...scopes], claims }));
      } catch (err) {
        throw fromMsalError(err, false);
      }
    },
  };
}
