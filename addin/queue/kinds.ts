// How each kind of queue item is named and drawn, and the filters above the list.
import type { FollowUpKind, PracticeArea } from '../../shared/followup';

export type QueueFilterKey = 'all' | FollowUpKind;

export interface KindLook {
  /** Badge text on a card. */
  readonly label: string;
  /** Filter chip text. */
  readonly plural: string;
  readonly color: 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';
}

// Red is kept for "Urgent" and overdue; asks and commitments match their suggestion badges.
export const KIND_LOOKS: Readonly<Record<FollowUpKind, KindLook>> = {
  voicemail: { label: 'Call', plural: 'Calls', color: 'important' },
  inquiry: { label: 'Inquiry', plural: 'Inquiries', color: 'success' },
  awaiting_reply: { label: 'Awaiting reply', plural: 'Awaiting reply', color: 'informative' },
  commitment: { label: 'Commitment', plural: 'Commitments', color: 'warning' },
  ask: { label: 'Ask', plural: 'Asks', color: 'brand' },
};

/** Chip order: what staff act on first in the morning comes first. */
export const FILTER_KEYS: readonly QueueFilterKey[] = ['all', 'voicemail', 'inquiry', 'awaiting_reply', 'commitment', 'ask'];

export function filterLabel(key: QueueFilterKey): string {
  return key === 'all' ? 'All' : KIND_LOOKS[key].plural;
}

const EMPTY_TITLES: Readonly<Record<QueueFilterKey, string>> = {
  all: 'Nothing waiting',
  voicemail: 'No calls waiting',
  inquiry: 'No inquiries waiting',
  awaiting_reply: 'Nothing awaiting a reply',
  commitment: 'No open commitments',
  ask: 'No open asks',
};

export function emptyTitle(key: QueueFilterKey, mine: boolean): string {
  return mine ? `${EMPTY_TITLES[key]} for you` : EMPTY_TITLES[key];
}

export const EMPTY_BODY = 'New calls and inquiries appear here within seconds.';

export const PRACTICE_AREA_LABELS: Readonly<Record<PracticeArea, string>> = {
  personal_injury: 'Personal injury',
  family: 'Family law',
  criminal_defense: 'Criminal defense',
  estate_planning: 'Estate planning',
  immigration: 'Immigration',
  other: 'Other matter',
};
