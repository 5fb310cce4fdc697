// Which message the pane is reading: subject and sender, as plain text.
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { MailAddress } from '../../shared/followup';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS },
  subject: { overflowWrap: 'anywhere', margin: 0 },
  from: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export function MessageHeader({ subject, from }: { readonly subject: string; readonly from: MailAddress | null }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Subtitle2 as="h1" className={styles.subject} dir="auto" data-testid="message-subject">{subject || '(no subject)'}</Subtitle2>
      {from && <Caption1 className={styles.from} dir="auto">From {from.name || from.address}</Caption1>}
    </header>
  );
}
