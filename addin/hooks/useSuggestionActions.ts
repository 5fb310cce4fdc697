// Accept and dismiss on suggestion cards. A suggestion counts as tracked once accepted here or
// when an open follow-up from this message already carries its sentence.
import { useCallback, useMemo, useState } from 'react';
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
import type { FollowUp } from '../../shared/followup';
import type { OnusApi } from '../api/client';
import { describeError } from '../api/errors';
import { matchesSuggestion, toNewFollowUp, type SuggestionEdits } from '../followups/toNewFollowUp';

export type CardState = 'new' | 'saving' | 'tracked' | 'dismissed';

export interface SuggestionActions {
  stateOf(index: number, suggestion: Suggestion): CardState;
  accept(index: number, suggestion: Suggestion, edits: SuggestionEdits): Promise<void>;
  dismiss(index: number): void;
  restore(index: number): void;
  readonly error: string | null;
  clearError(): void;
}

export function useSuggestionActions(
  api: OnusApi, message: EmailMessage, tracked: readonly FollowUp[], onTracked: () => void,
): SuggestionActions {
  const [states, setStates] = useState<ReadonlyMap<number, CardState>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const set = useCallback((index: number, state: CardState | null) => setStates((prev) => {
    const next = new Map(prev);
    if (state) next.set(index, state); else next.delete(index);
    return next;
  }), []);

  const fromThisMessage = useMemo(() => tracked.filter((f) => f.source.messageId === message.id), [tracked, message.id]);

  const stateOf = useCallback((index: number, suggestion: Suggestion): CardState => {
    const local = states.get(index);
    if (local && local !== 'new') return local;
    return fromThisMessage.some((f) => matchesSuggestion(f.title, suggestion)) ? 'tracked' : 'new';
  }, [states, fromThisMessage]);

  const accept = useCallback(async (index: number, suggestion: Suggestion, edits: SuggestionEdits) => {
    set(index, 'saving');
    try {
      await api.createFollowUp(toNewFollowUp(suggestion, edits, message));
      set(index, 'tracked');
      setError(null);
      onTracked();
    } catch (err) {
      set(index, null);
      setError(describeError(err));
    }
  }, [api, message, onTracked, set]);

  return {
    stateOf,
    accept,
    dismiss: (index) => set(index, 'dismissed'),
    restore: (index) => set(index, null),
    error,
    clearError: () => setError(null),
  };
}
