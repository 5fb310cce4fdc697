// One open queue item: what it is, who owns it, when it is due, where it came from, who to call
// back, and Done / Dismiss. Every string from email is rendered as React text, never as HTML.
import { Body1, Button, Caption1, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Open16Regular } from '@fluentui/react-icons';
import type { FollowUp } from '../../shared/followup';
import { webHref } from '../format/contact';
import { formatDue, isOverdue } from '../format/due';
import { formatRelative } from '../format/relative';
import { WhyExpander } from '../components/WhyExpander';
import { KindBadge, UrgentBadge } from './KindBadge';
import { PartyDetails } from './PartyDetails';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS, minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  title: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  snippet: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  evidence: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  open: { marginLeft: 'auto', display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

export interface QueueCardProps {
  readonly item: FollowUp;
  /** Mailbox zone, for the absolute dates in tooltips. */
  readonly timeZone: string;
  /** The signed-in user's address, shown as "You". */
  readonly me: string;
  readonly now: number;
  onDone(): void;
  onDismiss(): void;
}

function ownerText(owner: string | null, me: string): string {
  if (!owner) return 'Unassigned';
  return owner.toLowerCase() === me.toLowerCase() ? 'You' : owner;
}

export function QueueCard({ item, timeZone, me, now, onDone, onDismiss }: QueueCardProps) {
  const styles = useStyles();
  const overdue = isOverdue(item.due, now);
  const dueText = item.due ? `${overdue ? 'Overdue, due' : 'Due'} ${formatRelative(item.due, now) ?? formatDue(item.due, timeZone)}` : 'No due date';
  const { source, details } = item;
  const from = source.from ? source.from.name || source.from.address : null;
  const received = formatRelative(source.sentAt, now);
  const link = webHref(source.webLink);
  const evidence = details?.evidence ?? [];

  return (
    <Card size="small" className={styles.card} data-testid="queue-item" data-id={item.id} data-kind={item.kind}>
      <div className={styles.badges}>
        <KindBadge kind={item.kind} />
        {details?.urgent && <UrgentBadge />}
      </div>
      <Body1 as="p" className={styles.title} dir="auto" data-testid="queue-title">{item.title}</Body1>
      {item.snippet && item.snippet !== item.title && (
        <Caption1 as="p" className={styles.snippet} dir="auto" data-testid="queue-snippet">{item.snippet}</Caption1>
      )}
      <Caption1 className={styles.meta} dir="auto" data-testid="queue-meta">
        {ownerText(item.owner, me)} · <span className={overdue ? styles.overdue : undefined} data-testid="queue-due"
          data-overdue={overdue} title={item.due ? formatDue(item.due, timeZone, true) : undefined}>{dueText}</span>
      </Caption1>
      {details && <PartyDetails details={details} />}
      <Caption1 className={styles.source} dir="auto" data-testid="queue-source">
        {source.subject || '(no subject)'}{from && ` · from ${from}`}
        {received && <span title={formatDue(source.sentAt, timeZone, true)}>{` · ${received}`}</span>}
      </Caption1>
      {evidence.length > 0 && (
        <WhyExpander>
          {(panelId) => (
            <ul id={panelId} className={styles.evidence} data-testid="queue-evidence">
              {evidence.map((e, i) => <li key={i}><Caption1 dir="auto">{e}</Caption1></li>)}
            </ul>
          )}
        </WhyExpander>
      )}
      <div className={styles.actions}>
        <Button size="small" icon={<Checkmark16Regular />} onClick={onDone}>Done</Button>
        <Button size="small" appearance="subtle" onClick={onDismiss}>Dismiss</Button>
        {link && (
          <Link className={styles.open} href={link} target="_blank" rel="noopener noreferrer" data-testid="queue-open">
            Open message <Open16Regular aria-hidden />
          </Link>
        )}
      </div>
    </Card>
  );
}
