// The Queue tab: every open item of the firm (or only the user's), filtered by kind. Loaded
// lazily (App.tsx), so panes that only read the open message never download it.
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle24Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { QUEUE_LIMIT, type OnusApi } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { ErrorBar } from '../components/ErrorBar';
import { Notice } from '../components/Notice';
import { EMPTY_BODY, FILTER_KEYS, emptyTitle, type QueueFilterKey } from './kinds';
import { QueueCard } from './QueueCard';
import { QueueFilters } from './QueueFilters';
import { useQueue } from './useQueue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  spinner: { padding: tokens.spacingVerticalXL },
});

export interface QueueViewProps {
  readonly api: OnusApi;
  /** The signed-in mailbox user: "Only mine" shows the items they own. */
  readonly user: string;
  readonly timeZone: string;
  /** The Queue tab is selected: only then does the list refresh itself. */
  readonly active: boolean;
}

export default function QueueView({ api, user, timeZone, active }: QueueViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<QueueFilterKey>('all');
  const [mine, setMine] = useState(false);
  const queue = useQueue(api, mine ? user : null, active);
  const { items } = queue;

  const counts = useMemo(() => {
    if (items === null) return undefined;
    const c = Object.fromEntries(FILTER_KEYS.map((k) => [k, 0])) as Record<QueueFilterKey, number>;
    for (const item of items) c[item.kind] += 1;
    c.all = items.length;
    return c;
  }, [items]);
  const shown = useMemo(() => items?.filter((f) => filter === 'all' || f.kind === filter) ?? [], [items, filter]);
  // One clock per render, so every card measures "2 hours ago" from the same instant.
  const now = Date.now();

  return (
    <section className={styles.root} aria-label="Firm queue" data-testid="queue" data-loading={queue.loading}>
      <QueueFilters selected={filter} counts={counts} mine={mine} refreshing={queue.loading && items !== null}
        onSelect={setFilter} onMineChange={setMine} onRefresh={queue.refresh} />
      {queue.actionError && (
        <ErrorBar title="Couldn't update that item" message={queue.actionError} onDismiss={queue.clearActionError} />
      )}
      {queue.loadError && <ErrorBar title="Couldn't load the queue" message={queue.loadError} onRetry={queue.refresh} />}
      {queue.truncated && (
        <Notice title="Long queue">{`Showing the first ${QUEUE_LIMIT} open items, soonest due first.`}</Notice>
      )}
      {items === null && !queue.loadError && <Spinner className={styles.spinner} size="small" label="Loading the queue…" />}
      {items !== null && shown.length === 0 && (
        <EmptyState icon={<CheckmarkCircle24Regular />} title={emptyTitle(filter, mine)} body={EMPTY_BODY} />
      )}
      {shown.length > 0 && (
        <ul className={styles.list} aria-label="Open items">
          {shown.map((item) => (
            <li key={item.id}>
              <QueueCard item={item} timeZone={timeZone} me={user} now={now}
                onDone={() => void queue.setStatus(item.id, 'done')}
                onDismiss={() => void queue.setStatus(item.id, 'dismissed')} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
