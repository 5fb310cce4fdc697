// The Outlook host's sign-in features for addin/auth/ (AuthHost): requirement-set checks, the
// legacy SSO token (getAccessToken), and a dialog that runs our sign-in page.
import type { AuthHost } from '../auth/types';
import { InteractionNeeded, SignInError, SourceUnavailable } from '../auth/errors';

const isSupported = (set: string, version: string): boolean => {
  try {
    return Office.context?.requirements?.isSetSupported?.(set, version) === true;
  } catch {
    return false;
  }
};

interface OfficeLikeError { readonly code?: unknown; readonly message?: unknown }

/** getAccessToken's error codes (learn.microsoft.com "Troubleshoot error messages for SSO"). */
export function fromHostSsoError(err: unknown): Error {
  const { code, message } = (err ?? {}) as OfficeLikeError;
  const detail = typeof message === 'string' ? message : undefined;
  switch (code) {
    case 13000: case 13003: case 13004: case 13010: case 13012:
      return new SourceUnavailable(`host SSO unavailable (${String(code)})`); // fall back to the dialog
    case 13001: case 13006: return new InteractionNeeded();
    case 13002: return new SignInError('sign_in_cancelled');
    case 13005: return new SignInError('consent_required');
    case 13008: case 13013: return new SignInError('sign_in_failed', 'Outlook is still busy with the last sign-in; wait a moment');
    default: return new SignInError('sign_in_failed', detail ?? `host code ${String(code)}`);
  }
}

/** Dialog API errors (12002 page not found, 12006 closed by the user, 12007/12009/12011 blocked). */
function fromDialogError(code: number | undefined): Error {
  if (code === 12006) return new SignInError('sign_in_cancelled');
  if (code === 12007 || code === 12009 || code === 12011) return new SignInError('sign_in_failed', 'Outlook blocked the sign-in window; allow pop-ups for this add-in');
  return new SignInError('sign_in_failed', `sign-in window error ${String(code ?? '')}`.trim());
}

interface DialogReply { readonly token?: unknown; readonly error?: unknown }

function openDialog(url: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(fromDialogError(opened.error?.code));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let reply: DialogReply = {};
        try {
          reply = 'message' in arg ? (JSON.parse(arg.message) as DialogReply) : {};
        } catch { /* not ours */ }
        if (typeof reply.token === 'string' && reply.token.length > 0) resolve(reply.token);
        else reject(new SignInError(reply.error === 'consent_required' ? 'consent_required' : 'sign_in_failed', typeof reply.error === 'string' ? reply.error : undefined));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        reject(fromDialogError('error' in arg ? arg.error : undefined));
      });
    });
  });
}

export function createOutlookAuthHost(): AuthHost {
  return {
    supportsNaa: () => isSupported('NestedAppAuth', '1.1'),
    supportsHostSso: () => isSupported('IdentityAPI', '1.3') && typeof Office.auth?.getAccessToken === 'function',
    supportsDialog: () => isSupported('DialogApi', '1.1') && typeof Office.context?.ui?.displayDialogAsync === 'function',
    async getHostSsoToken({ claims }) {
      try {
        return await Office.auth.getAccessToken({
          allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false,
          ...(claims ? { authChallenge: claims } : {}),
        });
      } catch (err) {
        throw fromHostSsoError(err);
      }
    },
    signInWithDialog: openDialog,
  };
}
