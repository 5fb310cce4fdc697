// The task pane: two tabs, the open message (its asks and what its conversation tracks) and the
// firm's queue. Both stay mounted once opened, so switching tabs never re-reads the message.
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { MailInbox24Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MailSource, UnavailableReason } from './mail/source';
import type { OnusApi } from './api/client';
import { EmptyState } from './components/EmptyState';
import { ErrorBar } from './components/ErrorBar';
import { Notice } from './components/Notice';
import { useMessage } from './hooks/useMessage';
import { MessagePane } from './MessagePane';
import { QueueTab } from './QueueTab';

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
  // Tabs sit flush with the content edge rather than indented by their own padding.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  // A flex display would otherwise override the hidden attribute of the inactive panel.
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, '&[hidden]': { display: 'none' } },
});

const UNAVAILABLE: Readonly<Record<UnavailableReason, { title: string; body: string }>> = {
  none: { title: 'Select a message', body: 'Open or select an email to see the asks in it.' },
  compose: {
    title: 'Open a received message',
    body: 'Onus reads asks in messages you have received. Open one from your inbox to see its follow-ups.',
  },
  unsupported: { title: 'Not an email', body: 'Onus reads email messages. Open a message to see its follow-ups.' },
};

type View = 'message' | 'queue';

export interface AppProps {
  readonly source: MailSource;
  readonly api: OnusApi;
}

export function App({ source, api }: AppProps) {
  const styles = useStyles();
  const message = useMessage(source);
  const [view, setView] = useState<View>('message');
  // The queue's code is downloaded the first time its tab opens, then kept.
  const [queueOpened, setQueueOpened] = useState(false);
  const select = (next: View) => {
    setView(next);
    if (next === 'queue') setQueueOpened(true);
  };
  return (
    <main className={styles.root}>
      {source.mode === 'demo' && (
        <Notice title="Demo message" intent="warning" testId="demo-banner">
          No Outlook host was found, so Onus is showing a built-in demo message. Open Onus from Outlook to read your own mail.
        </Notice>
      )}
      <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, data) => select(data.value as View)}
        data-testid="view-tabs">
        <Tab value="message" id="tab-message" aria-controls="panel-message">This message</Tab>
        <Tab value="queue" id="tab-queue" aria-controls="panel-queue">Queue</Tab>
      </TabList>
      <div id="panel-message" role="tabpanel" aria-labelledby="tab-message" hidden={view !== 'message'} className={styles.panel}>
        {message.status === 'loading' && <Spinner size="small" label="Opening the message…" />}
        {message.status === 'error' && <ErrorBar title="Couldn't open this message" message={message.error} onRetry={message.reload} />}
        {message.status === 'unavailable' && (
          <EmptyState icon={<MailInbox24Regular />} {...UNAVAILABLE[message.reason]} />
        )}
        {message.status === 'ready' && (
          <MessagePane key={message.message.id} message={message.message} source={source} api={api} />
        )}
      </div>
      <div id="panel-queue" role="tabpanel" aria-labelledby="tab-queue" hidden={view !== 'queue'} className={styles.panel}>
        {queueOpened && <QueueTab api={api} user={source.user.address} timeZone={source.timeZone} active={view === 'queue'} />}
      </div>
    </main>
  );
}
