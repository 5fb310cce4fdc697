// Above the queue: one chip per kind with its count, "Only mine", and Refresh. Chips wrap, so
// all six fit a 320-px pane without scrolling sideways.
import { Button, Spinner, Switch, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { FILTER_KEYS, filterLabel, type QueueFilterKey } from './kinds';

const useStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0 },
  count: { marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // Switch pads itself; pull it back so it lines up with the chips.
  mine: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface QueueFiltersProps {
  readonly selected: QueueFilterKey;
  /** Items per filter key; undefined while nothing has loaded. */
  readonly counts: Readonly<Record<QueueFilterKey, number>> | undefined;
  readonly mine: boolean;
  readonly refreshing: boolean;
  onSelect(key: QueueFilterKey): void;
  onMineChange(mine: boolean): void;
  onRefresh(): void;
}

export function QueueFilters({ selected, counts, mine, refreshing, onSelect, onMineChange, onRefresh }: QueueFiltersProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.chips} role="group" aria-label="Show" data-testid="queue-filters">
        {FILTER_KEYS.map((key) => (
          <ToggleButton
            key={key}
            className={styles.chip}
            size="small"
            shape="circular"
            checked={selected === key}
            appearance={selected === key ? 'primary' : 'secondary'}
            onClick={() => onSelect(key)}
            data-testid="queue-filter"
            data-key={key}
          >
            {filterLabel(key)}
            {counts !== undefined && <span className={styles.count} data-testid="queue-count">{counts[key]}</span>}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.row}>
        <Switch className={styles.mine} label="Only mine" checked={mine} onChange={(_, data) => onMineChange(data.checked)}
          data-testid="queue-mine" />
        <Button size="small" appearance="subtle" disabled={refreshing} onClick={onRefresh}
          icon={refreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwise16Regular />}>
          Refresh
        </Button>
      </div>
    </>
  );
}
