// Who to call back or write to: the caller of a voicemail, or the person behind an inquiry.
// Phone and email become links only when they are a plain number or address (format/contact.ts).
import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FollowUpDetails } from '../../shared/followup';
import { formatDuration, formatPhone, mailtoHref, telHref } from '../format/contact';
import { PRACTICE_AREA_LABELS } from './kinds';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { margin: 0, color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

type Row = readonly [term: string, detail: ReactNode];

function Phone({ phone }: { readonly phone: string }) {
  const href = telHref(phone);
  return href ? <Link href={href} data-testid="queue-tel">{formatPhone(phone)}</Link> : <>{phone}</>;
}

function Email({ email }: { readonly email: string }) {
  const href = mailtoHref(email);
  return href ? <Link href={href} data-testid="queue-mailto">{email}</Link> : <>{email}</>;
}

function rowsOf(details: FollowUpDetails): Row[] {
  const rows: Row[] = [];
  const { caller, contact } = details;
  if (caller) {
    if (caller.name) rows.push(['Caller', caller.name]);
    if (caller.phone) rows.push(['Phone', <Phone phone={caller.phone} />]);
    if (caller.durationSeconds !== null) rows.push(['Length', formatDuration(caller.durationSeconds)]);
  }
  if (contact) {
    if (contact.name) rows.push(['Contact', contact.name]);
    if (contact.email) rows.push(['Email', <Email email={contact.email} />]);
    if (contact.phone) rows.push(['Phone', <Phone phone={contact.phone} />]);
  }
  if (details.practiceArea) rows.push(['Matter', PRACTICE_AREA_LABELS[details.practiceArea]]);
  return rows;
}

export function PartyDetails({ details }: { readonly details: FollowUpDetails }) {
  const styles = useStyles();
  const rows = rowsOf(details);
  if (rows.length === 0) return null;
  return (
    <dl className={styles.list} data-testid="queue-party">
      {rows.map(([term, detail], i) => [
        <dt key={`${i}-t`} className={styles.term}><Caption1>{term}</Caption1></dt>,
        <dd key={`${i}-d`} className={styles.detail}><Caption1 dir="auto">{detail}</Caption1></dd>,
      ])}
    </dl>
  );
}
