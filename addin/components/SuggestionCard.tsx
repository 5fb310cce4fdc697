// One proposed follow-up: the sentence as written, who owns it, when it is due, and why Onus
// thinks so. Owner and due can be corrected before Accept. Email text is rendered as text only.
import {
  Badge, Body1, Button, Caption1, Card, Field, Input, Spinner, makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Suggestion } from '../../shared/extract/types';
import { formatDue } from '../format/due';
import { DEFAULT_DUE_TIME } from '../../shared/dates/due-instant';
import { instantFromLocal, localDate, localTime } from '../format/zonedTime';
import type { SuggestionEdits } from '../followups/toNewFollowUp';
import { labelOf, type Participant } from '../followups/participants';
import type { CardState } from '../hooks/useSuggestionActions';
import { Evidence } from './Evidence';
import { OwnerPicker } from './OwnerPicker';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  confidence: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
  sentence: {
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // A narrow label column: the pane is ~300 px wide, Fluent's default gives labels a third of it.
  field: { gridTemplateColumns: '48px minmax(0, 1fr)' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  trackedLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  dismissed: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  dismissedText: { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground3 },
});

export interface SuggestionCardProps {
  readonly suggestion: Suggestion;
  readonly state: CardState;
  readonly participants: readonly Participant[];
  /** Mailbox zone: due dates are shown and edited as its wall clock. */
  readonly timeZone: string;
  onAccept(edits: SuggestionEdits): void;
  onDismiss(): void;
  onRestore(): void;
}


export function SuggestionCard(props: SuggestionCardProps) {
  const { suggestion, state, participants, timeZone } = props;
  const styles = useStyles();
  const [owner, setOwner] = useState<string | null>(suggestion.owner?.toLowerCase() ?? null);
  const [due, setDue] = useState<string | null>(suggestion.due);
  const withTime = suggestion.dueTime !== null && due === suggestion.due;

  if (state === 'dismissed') {
    return (
      <Card size="small" appearance="subtle" data-testid="suggestion-dismissed">
        <div className={styles.dismissed}>
          <Caption1 className={styles.dismissedText} dir="auto">Dismissed: {suggestion.text}</Caption1>
          <Button size="small" appearance="subtle" icon={<ArrowUndo16Regular />} onClick={props.onRestore}>Undo</Button>
        </div>
      </Card>
    );
  }

  const onDateChange = (value: string): void => {
    const time = (due && localTime(due, timeZone)) ?? DEFAULT_DUE_TIME;
    setDue(value ? instantFromLocal(value, time, timeZone) : null);
  };
  const kindLabel = suggestion.kind === 'request' ? 'Ask' : 'Commitment';
  const busy = state === 'saving';

  return (
    <Card className={styles.card} data-testid="suggestion" data-state={state}>
      <div className={styles.top}>
        <Badge appearance="tint" color={suggestion.kind === 'request' ? 'brand' : 'warning'} data-testid="kind">{kindLabel}</Badge>
        {suggestion.forwarded && <Badge appearance="outline" color="subtle">Forwarded</Badge>}
        <Caption1 className={styles.confidence}>{Math.round(suggestion.confidence * 100)}% sure</Caption1>
      </div>
      <Body1 as="p" className={styles.sentence} dir="auto" data-testid="suggestion-text" style={{ margin: 0 }}>{suggestion.text}</Body1>
      {state === 'tracked' ? (
        <>
          <Caption1 className={styles.meta} dir="auto" data-testid="suggestion-meta">
            {labelOf(owner, participants)} · {due ? `Due ${formatDue(due, timeZone, withTime)}` : 'No due date'}
          </Caption1>
          <div className={styles.trackedLine} data-testid="tracked">
            <CheckmarkCircle16Filled />
            <Caption1>Tracked in the firm queue</Caption1>
          </div>
        </>
      ) : (
        <>
          <div className={styles.fields}>
            <Field label="Owner" size="small" orientation="horizontal" className={styles.field}>
              <OwnerPicker owner={owner} participants={participants} disabled={busy} onChange={setOwner} />
            </Field>
            <Field label="Due" size="small" orientation="horizontal" className={styles.field} hint={due ? formatDue(due, timeZone, withTime) : 'No due date'}>
              <Input
                type="date"
                size="small"
                disabled={busy}
                value={(due && localDate(due, timeZone)) ?? ''}
                onChange={(_, data) => onDateChange(data.value)}
                data-testid="due-input"
              />
            </Field>
          </div>
          <Evidence suggestion={suggestion} />
          <div className={styles.actions}>
            <Button appearance="primary" size="small" disabled={busy} icon={busy ? <Spinner size="extra-tiny" /> : undefined}
              onClick={() => props.onAccept({ owner, due })}>
              {busy ? 'Saving…' : 'Accept'}
            </Button>
            <Button size="small" disabled={busy} onClick={props.onDismiss}>Dismiss</Button>
          </div>
        </>
      )}
    </Card>
  );
}
