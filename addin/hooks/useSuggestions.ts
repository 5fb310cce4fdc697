// Runs extraction for the open message and reports when the result is on screen.
import { useEffect, useState } from 'react';
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
import { describeError } from '../api/errors';
import { prepareForExtraction } from '../extraction/prepare';
import { runExtraction } from '../extraction/runExtraction';

export type SuggestionsState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'empty' }
  | { readonly status: 'done'; readonly suggestions: readonly Suggestion[]; readonly truncated: boolean }
  | { readonly status: 'error'; readonly error: string };

export function useSuggestions(message: EmailMessage | null): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ status: 'idle' });

  useEffect(() => {
    if (!message) {
      setState({ status: 'idle' });
      return;
    }
    const prepared = prepareForExtraction(message);
    if (prepared.empty) {
      setState({ status: 'empty' });
      return;
    }
    let current = true;
    setState({ status: 'running' });
    runExtraction(prepared.message).then(
      (suggestions) => { if (current) setState({ status: 'done', suggestions, truncated: prepared.truncated }); },
      (err: unknown) => { if (current) setState({ status: 'error', error: describeError(err) }); },
    );
    return () => { current = false; };
  }, [message]);

  useEffect(() => {
    if (state.status === 'done' || state.status === 'empty') {
      try { performance.mark('onus:suggestions-shown'); } catch { /* marks are best effort */ }
    }
  }, [state.status]);

  return state;
}
