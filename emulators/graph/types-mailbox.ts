// Calendar and mailbox-settings shapes (event.json, getSchedule-response.json, mailboxSettings.json).
import type { DateTimeTimeZone, ItemBody, Recipient } from './types';

export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface Attendee extends Recipient {
  readonly type: 'required' | 'optional' | 'resource';
  readonly status?: { readonly response: string; readonly time: string };
}

export interface GraphEvent {
  readonly id: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly changeKey: string;
  readonly categories: readonly string[];
  readonly originalStartTimeZone: string;
  readonly originalEndTimeZone: string;
  readonly iCalUId: string;
  readonly reminderMinutesBeforeStart: number;
  readonly isReminderOn: boolean;
  readonly hasAttachments: boolean;
  readonly subject: string;
  readonly bodyPreview: string;
  readonly importance: 'low' | 'normal' | 'high';
  readonly sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  readonly isAllDay: boolean;
  readonly isCancelled: boolean;
  readonly isDraft: boolean;
  readonly isOrganizer: boolean;
  readonly responseRequested: boolean;
  readonly seriesMasterId: string | null;
  readonly transactionId: string | null;
  readonly showAs: FreeBusyStatus;
  readonly type: 'singleInstance';
  readonly webLink: string;
  readonly body: ItemBody;
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  readonly location: { readonly displayName: string; readonly locationType?: string };
  readonly attendees: readonly Attendee[];
  readonly organizer: Recipient;
}

/** An event to put on a calendar: start and end at least (wall time in `timeZone`, as Graph takes them). */
export type SeedEvent = Partial<Omit<GraphEvent, 'start' | 'end' | 'body'>> & {
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  readonly body?: { readonly contentType: string; readonly content: string };
};

export interface WorkingHours {
  readonly daysOfWeek: readonly string[];
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: { readonly name: string } & Record<string, unknown>;
}

export interface AutomaticRepliesSetting {
  readonly status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  readonly externalAudience: 'none' | 'contactsOnly' | 'all';
  readonly scheduledStartDateTime: DateTimeTimeZone;
  readonly scheduledEndDateTime: DateTimeTimeZone;
  readonly internalReplyMessage: string;
  readonly externalReplyMessage: string;
}

export interface MailboxInit {
  readonly id: string;
  readonly mail: string;
  readonly displayName: string;
  /** IANA zone; default America/New_York. */
  readonly timeZone?: string;
  readonly workingHours?: Partial<WorkingHours>;
  readonly automaticReplies?: Partial<AutomaticRepliesSetting>;
  /** false: every mail/calendar call answers 404 MailboxNotEnabledForRESTAPI (inactive or on-premises mailbox). */
  readonly restEnabled?: boolean;
}
