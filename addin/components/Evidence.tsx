// The "Why?" of a suggestion: which words made it an ask, where the date and the owner came from.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Suggestion } from '../../shared/extract/types';
import { WhyExpander } from './WhyExpander';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  term: { color: tokens.colorNeutralForeground3, margin: 0 },
  detail: { margin: 0, overflowWrap: 'anywhere' },
});

function quoted(text: string | null): string {
  return text ? `“${text}”` : '—';
}

export function Evidence({ suggestion }: { readonly suggestion: Suggestion }) {
  const styles = useStyles();
  const { evidence } = suggestion;
  const rows: [string, string][] = [
    [suggestion.kind === 'request' ? 'Asked with' : 'Promised with', quoted(evidence.trigger)],
    ['Due from', evidence.datePhrase ? quoted(evidence.datePhrase) : 'No date in the sentence'],
    ['Owner', evidence.ownerReason || '—'],
    ['Confidence', `${Math.round(suggestion.confidence * 100)}%`],
  ];
  if (suggestion.forwarded) rows.push(['Note', 'Inside a forwarded message']);
  return (
    <WhyExpander>
      {(panelId) => (
        <dl id={panelId} className={styles.list} data-testid="evidence">
          {rows.map(([term, detail]) => [
            <dt key={`${term}-t`} className={styles.term}><Caption1>{term}</Caption1></dt>,
            <dd key={`${term}-d`} className={styles.detail}><Caption1 dir="auto">{detail}</Caption1></dd>,
          ])}
        </dl>
      )}
    </WhyExpander>
  );
}
