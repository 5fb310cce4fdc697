// Inside our sign-in dialog (auth-dialog.html): wait for the host, then hand the result to the pane.
import { withTimeout } from './asyncResult';

export interface DialogResult {
  readonly token?: string;
  readonly error?: string;
}

/** True when the page runs inside an Office dialog that can message its opener. */
export async function dialogHostReady(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  await withTimeout(Office.onReady(), 10_000, null);
  return typeof Office.context?.ui?.messageParent === 'function';
}

export function sendToPane(result: DialogResult): void {
  Office.context.ui.messageParent(JSON.stringify(result));
}
