// auth-dialog.html: the sign-in page opened in a host dialog where neither Nested App
// Authentication nor host SSO is available. It runs MSAL's redirect flow on our own origin
// (register https://<host>/auth-dialog.html as a SPA redirect URI) and messages the access
// token back to the pane, which closes the dialog.
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { dialogHostReady, sendToPane } from '../office/dialogChild';
import { apiScope, loadAuthConfig } from './config';

function show(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

async function main(): Promise<void> {
  const inDialog = await dialogHostReady();
  const reply = (result: { token?: string; error?: string }): void => {
    if (inDialog) sendToPane(result);
    else show(result.token ? 'Signed in. You can close this window.' : `Sign-in failed: ${result.error ?? 'unknown error'}.`);
  };
  const config = await loadAuthConfig('');
  if (config.mode !== 'entra') {
    reply({ error: 'This Onus server runs in demo mode; there is nothing to sign in to.' });
    return;
  }
  const redirectUri = `${window.location.origin}${window.location.pathname}`;
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result) {
    reply({ token: result.accessToken });
    return;
  }
  const claims = new URLSearchParams(window.location.search).get('claims') ?? undefined;
  show('Opening Microsoft sign-in…');
  await pca.acquireTokenRedirect({ scopes: [apiScope(config, window.location.host)], claims, redirectUri });
}

main().catch((err: unknown) => {
  const code = (err as { errorCode?: unknown } | null)?.errorCode;
  const error = /consent_required|AADSTS65001/i.test(String((err as { message?: unknown } | null)?.message ?? '')) ? 'consent_required' : (typeof code === 'string' ? code : 'sign_in_failed');
  void dialogHostReady().then((inDialog) => (inDialog ? sendToPane({ error }) : show(`Sign-in failed: ${error}.`)));
});
