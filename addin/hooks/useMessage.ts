// The message open in the pane, re-read whenever a pinned pane moves to another item.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EmailMessage } from '../../shared/email';
import type { MailSource, UnavailableReason } from '../mail/source';
import { describeError } from '../api/errors';

export type MessageState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly message: EmailMessage }
  | { readonly status: 'unavailable'; readonly reason: UnavailableReason }
  | { readonly status: 'error'; readonly error: string };

export function useMessage(source: MailSource): MessageState & { reload(): void } {
  const [state, setState] = useState<MessageState>({ status: 'loading' });
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    source.readCurrentItem().then(
      (item) => {
        if (mine !== generation.current) return; // the user already moved on
        setState(item.kind === 'message' ? { status: 'ready', message: item.message } : { status: 'unavailable', reason: item.reason });
      },
      (err: unknown) => {
        if (mine === generation.current) setState({ status: 'error', error: describeError(err) });
      },
    );
  }, [source]);

  useEffect(() => {
    reload();
    return source.onItemChanged(reload);
  }, [source, reload]);

  return { ...state, reload };
}
