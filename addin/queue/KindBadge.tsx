// What kind of queue item this is, as a coloured badge with an icon, and "Urgent" when it is.
import { Badge } from '@fluentui/react-components';
import {
  Call16Regular, Handshake16Regular, MailClock16Regular, PersonAdd16Regular, TaskListSquareLtr16Regular, Warning16Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { FollowUpKind } from '../../shared/followup';
import { KIND_LOOKS } from './kinds';

const ICONS: Readonly<Record<FollowUpKind, ReactElement>> = {
  voicemail: <Call16Regular />,
  inquiry: <PersonAdd16Regular />,
  awaiting_reply: <MailClock16Regular />,
  commitment: <Handshake16Regular />,
  ask: <TaskListSquareLtr16Regular />,
};

export function KindBadge({ kind }: { readonly kind: FollowUpKind }) {
  const look = KIND_LOOKS[kind];
  return (
    <Badge appearance="tint" color={look.color} icon={ICONS[kind]} data-testid="queue-kind">{look.label}</Badge>
  );
}

export function UrgentBadge() {
  return <Badge appearance="filled" color="danger" icon={<Warning16Filled />} data-testid="queue-urgent">Urgent</Badge>;
}
