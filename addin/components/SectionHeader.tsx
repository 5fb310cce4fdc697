// A section title with an optional count, e.g. "Suggested follow-ups  3".
import { Body1Strong, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  title: { margin: 0 },
});

export function SectionHeader({ title, count }: { readonly title: string; readonly count?: number }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1Strong as="h2" className={styles.title}>{title}</Body1Strong>
      {count !== undefined && count > 0 && <CounterBadge count={count} appearance="filled" color="brand" size="small" />}
    </div>
  );
}
