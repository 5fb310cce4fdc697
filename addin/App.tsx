// The task pane: which message is open (or why none is), then the pane for that message.
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { MailInbox24Regular } from '@fluentui/react-icons';
import type { MailSource, UnavailableReason } from './mail/source';
import type { OnusApi } from './api/client';
import { EmptyState } from './components/EmptyState';
import { ErrorBar } from './components/ErrorBar';
import { Notice } from './components/Notice';
import { useMessage } from './hooks/useMessage';
import { MessagePane } from './MessagePane';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '720px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
});

const UNAVAILABLE: Readonly<Record<UnavailableReason, { title: string; body: string }>> = {
  none: { title: 'Select a message', body: 'Open or select an email to see the asks in it.' },
  compose: {
    title: 'Open a received message',
    body: 'Onus reads asks in messages you have received. Open one from your inbox to see its follow-ups.',
  },
  unsupported: { title: 'Not an email', body: 'Onus reads email messages. Open a message to see its follow-ups.' },
};

export interface AppProps {
  readonly source: MailSource;
  readonly api: OnusApi;
}

export function App({ source, api }: AppProps) {
  const styles = useStyles();
  const message = useMessage(source);
  return (
    <main className={styles.root}>
      {source.mode === 'demo' && (
        <Notice title="Demo message" intent="warning" testId="demo-banner">
          No Outlook host was found, so Onus is showing a built-in demo message. Open Onus from Outlook to read your own mail.
        </Notice>
      )}
      {message.status === 'loading' && <Spinner size="small" label="Opening the message…" />}
      {message.status === 'error' && <ErrorBar title="Couldn't open this message" message={message.error} onRetry={message.reload} />}
      {message.status === 'unavailable' && (
        <EmptyState icon={<MailInbox24Regular />} {...UNAVAILABLE[message.reason]} />
      )}
      {message.status === 'ready' && (
        <MessagePane key={message.message.id} message={message.message} source={source} api={api} />
      )}
    </main>
  );
}
