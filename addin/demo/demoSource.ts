// The mail source used when no Outlook host was found: one built-in message, never changing.
import type { MailSource, ThemeKind } from '../mail/source';
import { createDemoMessage, DEMO_USER } from './demoMessage';

function browserTheme(): ThemeKind {
  try {
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export function createDemoSource(timeZone: string, now: () => Date = () => new Date()): MailSource {
  return {
    mode: 'demo',
    user: DEMO_USER,
    timeZone,
    theme: browserTheme(),
    readCurrentItem: async () => ({ kind: 'message', message: createDemoMessage(now(), timeZone) }),
    onItemChanged: () => () => undefined,
  };
}
