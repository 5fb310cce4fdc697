// Connects to the Outlook host. Returns null when there is none: office.js did not load (offline,
// blocked CDN) or Office.onReady reports no Outlook host, e.g. the page opened in a plain browser.
import type { MailSource } from '../mail/source';
import { fromAsyncResult, withTimeout } from './asyncResult';
import { readCurrentOutlookItem } from './readItem';
import { outlookTheme } from './theme';
import { toIanaZone } from './windowsZones';

// office.js outside Outlook answers at once (host null); a slow real host gets this long before the demo.
const READY_TIMEOUT_MS = 15_000;

function hasOfficeGlobal(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/** Registers one ItemChanged handler (Office allows one per event) and fans out to listeners. */
function createItemChangedHub(): (listener: () => void) => () => void {
  const listeners = new Set<() => void>();
  let registered = false;
  const fire = (): void => listeners.forEach((listener) => { try { listener(); } catch { /* a listener's bug stays there */ } });
  return (listener) => {
    listeners.add(listener);
    if (!registered) {
      registered = true;
      const mailbox = Office.context.mailbox;
      const supported = typeof mailbox.addHandlerAsync === 'function'
        && Office.context.requirements?.isSetSupported?.('Mailbox', '1.5') === true;
      if (supported) {
        fromAsyncResult<void>('watching for item changes', (cb) =>
          mailbox.addHandlerAsync(Office.EventType.ItemChanged, fire, cb),
        ).catch(() => { registered = false; }); // an unpinnable host: the pane just stays on its item
      }
    }
    return () => { listeners.delete(listener); };
  };
}

export async function connectOutlook(): Promise<MailSource | null> {
  if (!hasOfficeGlobal()) return null;
  const info = await withTimeout(Office.onReady(), READY_TIMEOUT_MS, null);
  if (!info || info.host !== Office.HostType.Outlook || !Office.context?.mailbox) return null;
  const profile = Office.context.mailbox.userProfile;
  const timeZone = toIanaZone(profile?.timeZone);
  return {
    mode: 'outlook',
    user: { name: profile?.displayName ?? '', address: profile?.emailAddress ?? '' },
    timeZone,
    theme: outlookTheme(),
    readCurrentItem: () => readCurrentOutlookItem(timeZone),
    onItemChanged: createItemChangedHub(),
  };
}
