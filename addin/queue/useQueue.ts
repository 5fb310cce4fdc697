// The firm's open queue: loaded in one request (counts per kind come from the same list),
// refreshed every 30 s while it is on screen, with Done / Dismiss applied optimistically.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FollowUp } from '../../shared/followup';
import { QUEUE_LIMIT, type OnusApi } from '../api/client';
import { ApiRequestError, describeError } from '../api/errors';

export const REFRESH_MS = 30_000;

export type QueueAction = 'done' | 'dismissed';

export interface QueueState {
  /** null until the first answer. */
  readonly items: readonly FollowUp[] | null;
  readonly loading: boolean;
  /** Loading the list failed (the last good list, if any, stays shown). */
  readonly loadError: string | null;
  /** A Done / Dismiss failed and was rolled back. */
  readonly actionError: string | null;
  /** True when the server's page cap cut the list short. */
  readonly truncated: boolean;
  refresh(): void;
  setStatus(id: string, status: QueueAction): Promise<void>;
  clearActionError(): void;
}

/** `owner`: only this address's items ("Mine"), or null for everyone's. `active`: the tab is selected. */
export function useQueue(api: OnusApi, owner: string | null, active: boolean): QueueState {
  const [items, setItems] = useState<readonly FollowUp[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Ids hidden optimistically: a refresh that lands mid-request must not bring them back.
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    api.listQueue(owner ? { owner } : {}).then(
      (list) => { if (mine === generation.current) { setItems(list); setLoadError(null); } },
      (err: unknown) => { if (mine === generation.current) setLoadError(describeError(err)); },
    ).finally(() => { if (mine === generation.current) setLoading(false); });
  }, [api, owner]);

  // A different owner filter is a different list: start over rather than show the old one.
  useEffect(() => { setItems(null); }, [owner]);

  useEffect(() => {
    if (!active) return undefined;
    refresh();
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => { timer ??= setInterval(refresh, REFRESH_MS); };
    const stop = () => { clearInterval(timer); timer = undefined; };
    // A hidden pane (minimised Outlook, another tab) polls nothing; coming back catches up at once.
    const onVisibility = () => {
      if (document.visibilityState === 'visible') { refresh(); start(); } else stop();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => { stop(); document.removeEventListener('visibilitychange', onVisibility); };
  }, [active, refresh]);

  const setStatus = useCallback(async (id: string, status: QueueAction) => {
    setActionError(null);
    setPending((prev) => new Set(prev).add(id));
    try {
      await api.updateFollowUp(id, { status });
      setItems((prev) => prev?.filter((f) => f.id !== id) ?? prev);
      // A refresh already in flight may predate the change; a new one supersedes it.
      refresh();
    } catch (err) {
      setActionError(describeError(err));
      // Gone on the server (removed elsewhere): the list is stale, so reload it.
      if (err instanceof ApiRequestError && err.status === 404) refresh();
    } finally {
      setPending((prev) => { const next = new Set(prev); next.delete(id); return next; });
    }
  }, [api, refresh]);

  const visible = useMemo(() => items?.filter((f) => !pending.has(f.id)) ?? null, [items, pending]);
  const clearActionError = useCallback(() => setActionError(null), []);
  return {
    items: visible, loading, loadError, actionError, truncated: (items?.length ?? 0) >= QUEUE_LIMIT,
    refresh, setStatus, clearActionError,
  };
}
