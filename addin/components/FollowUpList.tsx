// "Tracked in this conversation": the open follow-ups of the thread, each with Done / Dismiss.
import { Body1, Button, Caption1, Card, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark16Regular } from '@fluentui/react-icons';
import type { FollowUp } from '../../shared/followup';
import { formatDue, isOverdue } from '../format/due';
import { SectionHeader } from './SectionHeader';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { gap: tokens.spacingVerticalXS },
  title: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  quiet: { color: tokens.colorNeutralForeground3 },
});

export interface FollowUpListProps {
  readonly items: readonly FollowUp[];
  readonly loading: boolean;
  readonly busyIds: ReadonlySet<string>;
  readonly timeZone: string;
  /** Shows an owner address as a name. */
  ownerLabel(address: string | null): string;
  onDone(id: string): void;
  onDismiss(id: string): void;
}

export function FollowUpList({ items, loading, busyIds, timeZone, ownerLabel, onDone, onDismiss }: FollowUpListProps) {
  const styles = useStyles();
  return (
    <section aria-label="Tracked in this conversation" data-testid="followup-list">
      <SectionHeader title="Tracked in this conversation" count={items.length} />
      {items.length === 0 && (loading
        ? <Spinner size="tiny" label="Loading tracked follow-ups…" labelPosition="after" />
        : <Caption1 className={styles.quiet}>Nothing tracked in this conversation yet.</Caption1>)}
      <ul className={styles.list}>
        {items.map((item) => {
          const busy = busyIds.has(item.id);
          const overdue = isOverdue(item.due);
          return (
            <li key={item.id}>
              <Card size="small" className={styles.card} data-testid="followup" data-id={item.id}>
                <Body1 as="p" className={styles.title} dir="auto">{item.title}</Body1>
                <Caption1 className={styles.meta} dir="auto">
                  {ownerLabel(item.owner)} · <span className={overdue ? styles.overdue : undefined}>
                    {item.due ? `${overdue ? 'Overdue' : 'Due'} ${formatDue(item.due, timeZone)}` : 'No due date'}
                  </span>
                </Caption1>
                <div className={styles.actions}>
                  <Button size="small" icon={<Checkmark16Regular />} disabled={busy} onClick={() => onDone(item.id)}>Done</Button>
                  <Button size="small" appearance="subtle" disabled={busy} onClick={() => onDismiss(item.id)}>Dismiss</Button>
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
