// Webhook POSTs. Changes are batched per notificationUrl for `delayMs` (up to 100 per POST), then
// posted; a non-2xx answer, a dropped connection or no answer within 3 s (Graph's limit) is retried
// with backoff (200 ms, 400 ms, … capped at 2 s; 10 attempts), then dropped. Notifications whose
// subscription has since expired or been deleted are not (re)sent. Every attempt is recorded.

export interface DeliveryRecord {
  readonly url: string;
  readonly status: number | null;
  readonly notifications: number;
  readonly at: number;
  readonly error?: string;
}

type Payload = readonly Record<string, unknown>[] | (() => readonly Record<string, unknown>[]);

export interface Queued { readonly subscriptionId: string; readonly notification: Record<string, unknown> }

export interface DeliverySettings {
  readonly delayMs: number;
  readonly now: () => Date;
  /** Still deliverable (subscription live)? */
  readonly live: (subscriptionId: string) => boolean;
}

export interface Notifier {
  enqueue(url: string, item: Queued): void;
  /** POSTs `{value}` with retries; resolves true once a 2xx came back. A function is re-read per attempt (empty: stop). */
  post(url: string, value: Payload): Promise<boolean>;
  readonly deliveries: DeliveryRecord[];
  /** Resolves when nothing is queued or in flight (tests wait on it). */
  idle(): Promise<void>;
  close(): void;
}

const MAX_PER_POST = 100;
const ATTEMPTS = 10;
const TIMEOUT_MS = 3000;
const backoff = (attempt: number) => Math.min(2000, 200 * 2 ** attempt);

interface State {
  readonly settings: DeliverySettings;
  readonly pending: Map<string, Queued[]>;
  readonly timers: Set<NodeJS.Timeout>;
  readonly controllers: Set<AbortController>;
  readonly deliveries: DeliveryRecord[];
  busy: number;
  closed: boolean;
}

function wait(state: State, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const t = setTimeout(() => { state.timers.delete(t); resolve(); }, ms);
    state.timers.add(t);
  });
}

/** One POST; records it; true on 2xx. */
async function attempt(state: State, url: string, value: readonly Record<string, unknown>[]): Promise<boolean> {
  const controller = new AbortController();
  state.controllers.add(controller);
  const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const at = state.settings.now().getTime();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ value }), signal: controller.signal });
    await res.arrayBuffer().catch(() => undefined);
    state.deliveries.push({ url, status: res.status, notifications: value.length, at });
    return res.status >= 200 && res.status < 300;
  } catch (err) {
    const error = controller.signal.aborted ? `no answer within ${TIMEOUT_MS} ms` : String((err as Error).cause ?? err);
    state.deliveries.push({ url, status: null, notifications: value.length, at, error });
    return false;
  } finally {
    clearTimeout(timeout);
    state.controllers.delete(controller);
  }
}

async function post(state: State, url: string, payload: Payload): Promise<boolean> {
  state.busy += 1;
  try {
    for (let n = 0; n < ATTEMPTS && !state.closed; n += 1) {
      const value = typeof payload === 'function' ? payload() : payload;
      if (value.length === 0) return false;
      if (await attempt(state, url, value)) return true;
      if (n < ATTEMPTS - 1) await wait(state, backoff(n));
    }
    return false;
  } finally {
    state.busy -= 1;
  }
}

function flush(state: State, url: string): void {
  const items = state.pending.get(url) ?? [];
  state.pending.delete(url);
  for (let i = 0; i < items.length; i += MAX_PER_POST) {
    const chunk = items.slice(i, i + MAX_PER_POST);
    void post(state, url, () => chunk.filter((q) => state.settings.live(q.subscriptionId)).map((q) => q.notification));
  }
}

export function createNotifier(settings: DeliverySettings): Notifier {
  const state: State = { settings, pending: new Map(), timers: new Set(), controllers: new Set(), deliveries: [], busy: 0, closed: false };
  return {
    enqueue(url, item) {
      if (state.closed) return;
      const queue = state.pending.get(url);
      if (queue !== undefined) { queue.push(item); return; }
      state.pending.set(url, [item]);
      const t = setTimeout(() => { state.timers.delete(t); flush(state, url); }, settings.delayMs);
      state.timers.add(t);
    },
    post: (url, payload) => post(state, url, payload),
    deliveries: state.deliveries,
    async idle() {
      while (!state.closed && (state.pending.size > 0 || state.busy > 0)) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    close() {
      state.closed = true;
      for (const t of state.timers) clearTimeout(t);
      for (const c of state.controllers) c.abort();
      state.pending.clear();
    },
  };
}
