// The pane for one message: suggestions from extraction, then what the conversation already tracks.
import { Divider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearch24Regular, MailRead24Regular } from '@fluentui/react-icons';
import { useCallback, useMemo } from 'react';
import type { EmailMessage } from '../shared/email';
import type { MailSource } from './mail/source';
import type { OnusApi } from './api/client';
import { EmptyState } from './components/EmptyState';
import { ErrorBar } from './components/ErrorBar';
import { FollowUpList } from './components/FollowUpList';
import { MessageHeader } from './components/MessageHeader';
import { Notice } from './components/Notice';
import { SectionHeader } from './components/SectionHeader';
import { SuggestionCard } from './components/SuggestionCard';
import { MAX_EXTRACTION_CHARS } from './extraction/prepare';
import { labelOf, participantsOf } from './followups/participants';
import { useConversationFollowUps } from './hooks/useConversationFollowUps';
import { useSuggestionActions } from './hooks/useSuggestionActions';
import { useSuggestions, type SuggestionsState } from './hooks/useSuggestions';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  spinner: { padding: tokens.spacingVerticalXL },
  divider: { marginTop: tokens.spacingVerticalM },
});

export interface MessagePaneProps {
  readonly message: EmailMessage;
  readonly source: MailSource;
  readonly api: OnusApi;
}

function suggestionCount(state: SuggestionsState): number | undefined {
  return state.status === 'done' ? state.suggestions.length : undefined;
}

export function MessagePane({ message, source, api }: MessagePaneProps) {
  const styles = useStyles();
  const suggestions = useSuggestions(message);
  const conversation = useConversationFollowUps(api, message.conversationId);
  const actions = useSuggestionActions(api, message, conversation.items, conversation.refresh);
  const ownerKey = suggestions.status === 'done' ? suggestions.suggestions.map((s) => s.owner ?? '').join('|') : '';
  const participants = useMemo(() => participantsOf(message, source.user, ownerKey.split('|')), [message, source.user, ownerKey]);
  const ownerLabel = useCallback((address: string | null) => labelOf(address, participants), [participants]);

  return (
    <div className={styles.stack}>
      <MessageHeader subject={message.subject} from={message.from} />
      {actions.error && <ErrorBar title="Couldn't track that" message={actions.error} onDismiss={actions.clearError} />}
      <section aria-label="Suggested follow-ups" data-testid="suggestions" data-status={suggestions.status}>
        <SectionHeader title="Suggested follow-ups" count={suggestionCount(suggestions)} />
        {suggestions.status === 'running' && <Spinner className={styles.spinner} size="small" label="Reading the message…" />}
        {suggestions.status === 'error' && <ErrorBar title="Couldn't read this message" message={suggestions.error} />}
        {suggestions.status === 'empty' && (
          <EmptyState icon={<MailRead24Regular />} title="Nothing to extract" body="This message has no text, so there is nothing to extract." />
        )}
        {suggestions.status === 'done' && (
          <div className={styles.stack}>
            {suggestions.truncated && (
              <Notice title="Long message" testId="truncated-notice">
                {`This message is very long, so Onus read only its first ${MAX_EXTRACTION_CHARS.toLocaleString('en-US')} characters.`}
              </Notice>
            )}
            {suggestions.suggestions.length === 0 && (
              <EmptyState icon={<DocumentSearch24Regular />} title="No asks found in this message"
                body="Onus found no requests or commitments with an owner to follow up on." />
            )}
            {suggestions.suggestions.map((s, i) => (
              <SuggestionCard
                key={`${i}:${s.text}`}
                suggestion={s}
                state={actions.stateOf(i, s)}
                participants={participants}
                timeZone={source.timeZone}
                onAccept={(edits) => void actions.accept(i, s, edits)}
                onDismiss={() => actions.dismiss(i)}
                onRestore={() => actions.restore(i)}
              />
            ))}
          </div>
        )}
      </section>
      {message.conversationId && (
        <>
          <Divider className={styles.divider} />
          {conversation.error && (
            <ErrorBar title="Couldn't load tracked follow-ups" message={conversation.error}
              onRetry={conversation.refresh} onDismiss={conversation.clearError} />
          )}
          <FollowUpList
            items={conversation.items}
            loading={conversation.loading}
            busyIds={conversation.busyIds}
            timeZone={source.timeZone}
            ownerLabel={ownerLabel}
            onDone={(id) => void conversation.setStatus(id, 'done')}
            onDismiss={(id) => void conversation.setStatus(id, 'dismissed')}
          />
        </>
      )}
    </div>
  );
}
