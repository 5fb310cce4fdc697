// A calm, centred explanation when there is nothing to show.
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '32px', display: 'flex' },
});

export interface EmptyStateProps {
  readonly title: string;
  readonly body: string;
  readonly icon?: ReactElement;
}

export function EmptyState({ title, body, icon }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="empty-state" role="status">
      {icon && <span className={styles.icon} aria-hidden>{icon}</span>}
      <Subtitle2>{title}</Subtitle2>
      <Body1>{body}</Body1>
    </div>
  );
}
