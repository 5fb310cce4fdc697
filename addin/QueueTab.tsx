// The Queue tab's loader: the queue view is its own chunk, fetched the first time the tab opens,
// so the message view's first bundle stays small. A failed download offers Retry, not a blank pane.
import { Spinner } from '@fluentui/react-components';
import { Component, Suspense, lazy, useMemo, useState, type ReactNode } from 'react';
import type { OnusApi } from './api/client';
import { ErrorBar } from './components/ErrorBar';

export interface QueueTabProps {
  readonly api: OnusApi;
  readonly user: string;
  readonly timeZone: string;
  readonly active: boolean;
}

const load = () => import(/* webpackChunkName: "queue" */ './queue/QueueView');

interface BoundaryProps { readonly children: ReactNode; onRetry(): void }

class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorBar title="Couldn't open the queue" message="Onus could not load the queue. Check your connection and try again."
        onRetry={this.props.onRetry} />
    );
  }
}

export function QueueTab(props: QueueTabProps) {
  const [attempt, setAttempt] = useState(0);
  // React remembers a failed lazy() for good; a fresh one per attempt makes Retry download again.
  const QueueView = useMemo(() => lazy(load), [attempt]);
  return (
    <LoadBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<Spinner size="small" label="Opening the queue…" />}>
        <QueueView {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
