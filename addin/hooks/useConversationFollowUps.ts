// Open follow-ups already tracked for this conversation, with Done / Dismiss.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FollowUp, FollowUpStatus } from '../../shared/followup';
import type { OnusApi } from '../api/client';
import { describeError } from '../api/errors';

export interface ConversationFollowUps {
  readonly items: readonly FollowUp[];
  readonly loading: boolean;
  readonly error: string | null;
  /** Ids with a status change in flight. */
  readonly busyIds: ReadonlySet<string>;
  refresh(): void;
  setStatus(id: string, status: Extract<FollowUpStatus, 'done' | 'dismissed'>): Promise<void>;
  clearError(): void;
}

export function useConversationFollowUps(api: OnusApi, conversationId: string | null): ConversationFollowUps {
  const [items, setItems] = useState<readonly FollowUp[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    if (!conversationId) {
      setItems([]);
      return;
    }
    setLoading(true);
    api.listOpenInConversation(conversationId).then(
      (list) => { if (mine === generation.current) { setItems(list); setError(null); } },
      (err: unknown) => { if (mine === generation.current) setError(describeError(err)); },
    ).finally(() => { if (mine === generation.current) setLoading(false); });
  }, [api, conversationId]);

  useEffect(() => { setItems([]); refresh(); }, [refresh]);

  const setStatus = useCallback(async (id: string, status: 'done' | 'dismissed') => {
    setBusyIds((prev) => new Set(prev).add(id));
    try {
      await api.updateFollowUp(id, { status });
      setItems((prev) => prev.filter((f) => f.id !== id));
      refresh();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusyIds((prev) => { const next = new Set(prev); next.delete(id); return next; });
    }
  }, [api, refresh]);

  const clearError = useCallback(() => setError(null), []);
  return { items, loading, error, busyIds, refresh, setStatus, clearError };
}
