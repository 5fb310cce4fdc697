// SeedEvent → stored event (event.json's shape) with its instants, for calendarView and getSchedule.
import { changeKeyFor, exchangeId, graphDate } from '../format';
import { previewOf } from '../html';
import type { GraphEvent, SeedEvent } from '../types';
import { ianaZone, wallToInstant } from '../zones';
import { normaliseBody } from './message-build';
import { selfRecipient, type Mailbox, type StoredEvent } from './mailbox';

/** The stored event, or the text of a 400 when a time or zone does not parse. */
export function buildEvent(mailbox: Mailbox, seed: SeedEvent, now: Date): StoredEvent | string {
  const startZone = ianaZone(seed.start.timeZone);
  const endZone = ianaZone(seed.end.timeZone);
  if (startZone === null || endZone === null) return `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${startZone === null ? seed.start.timeZone : seed.end.timeZone}'.`;
  const startMs = wallToInstant(seed.start.dateTime, startZone);
  const endMs = wallToInstant(seed.end.dateTime, endZone);
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return 'The value of the DateTime property is not valid.';
  if (endMs < startMs) return 'The end time of the event must be after its start time.';
  mailbox.counter += 1;
  const id = seed.id ?? exchangeId('AAMkAG', `${mailbox.id}/event/${mailbox.counter}`);
  const body = normaliseBody(seed.body);
  const event: GraphEvent = {
    id, createdDateTime: graphDate(now), lastModifiedDateTime: graphDate(now), changeKey: changeKeyFor(`${id}/1`),
    categories: seed.categories ?? [], originalStartTimeZone: seed.start.timeZone, originalEndTimeZone: seed.end.timeZone,
    iCalUId: seed.iCalUId ?? `040000008200E00074C5B7101A82E008${Buffer.from(id).toString('hex').slice(0, 48).toUpperCase()}`,
    reminderMinutesBeforeStart: seed.reminderMinutesBeforeStart ?? 15, isReminderOn: seed.isReminderOn ?? true,
    hasAttachments: false, subject: seed.subject ?? '', bodyPreview: previewOf(body), importance: seed.importance ?? 'normal',
    sensitivity: seed.sensitivity ?? 'normal', isAllDay: seed.isAllDay ?? false, isCancelled: seed.isCancelled ?? false,
    isDraft: false, isOrganizer: seed.isOrganizer ?? true, responseRequested: seed.responseRequested ?? true,
    seriesMasterId: null, transactionId: seed.transactionId ?? null, showAs: seed.showAs ?? 'busy', type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    body, start: seed.start, end: seed.end, location: { displayName: seed.location?.displayName ?? '', locationType: 'default' },
    attendees: (seed.attendees ?? []).map((a) => ({ ...a, type: a.type ?? 'required', status: a.status ?? { response: 'none', time: '0001-01-01T00:00:00Z' } })),
    organizer: seed.organizer ?? selfRecipient(mailbox),
  };
  return { event, startMs, endMs };
}
