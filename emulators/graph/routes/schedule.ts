// POST /users/{u}/calendar/getSchedule: free/busy for each address in the window. availabilityView
// has one digit per interval: 0 free (or working elsewhere), 1 tentative, 2 busy, 3 out of office.
import { contextUrl } from '../links';
import { errors, json, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import type { Mailbox, StoredEvent } from '../store/mailbox';
import type { FreeBusyStatus } from '../types';
import type { Ctx } from '../world';
import { ianaZone, instantToWall, wallToInstant } from '../zones';

const CODE: Readonly<Record<FreeBusyStatus, number>> = { free: 0, workingElsewhere: 0, unknown: 0, tentative: 1, busy: 2, oof: 3 };

interface Window { readonly start: number; readonly end: number; readonly stepMs: number; readonly iana: string; readonly zoneName: string }

function windowOf(body: Record<string, unknown>): Window | Reply {
  const start = body['startTime'] as { dateTime?: unknown; timeZone?: unknown } | undefined;
  const end = body['endTime'] as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (typeof start?.dateTime !== 'string' || typeof start.timeZone !== 'string' || typeof end?.dateTime !== 'string' || typeof end.timeZone !== 'string') {
    return errors.invalidParameter('startTime and endTime are required dateTimeTimeZone values.');
  }
  const iana = ianaZone(start.timeZone);
  const endIana = ianaZone(end.timeZone);
  if (iana === null || endIana === null) return errors.invalidParameter(`A valid TimeZone value must be specified. The following TimeZone value is not supported: '${iana === null ? start.timeZone : end.timeZone}'.`);
  const interval = body['availabilityViewInterval'] ?? 30;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 5 || interval > 1440) {
    return errors.invalidParameter('availabilityViewInterval must be a whole number of minutes from 5 to 1440.');
  }
  const window = { start: wallToInstant(start.dateTime, iana), end: wallToInstant(end.dateTime, endIana), stepMs: interval * 60_000, iana, zoneName: start.timeZone };
  if (Number.isNaN(window.start) || Number.isNaN(window.end) || window.end <= window.start) return errors.invalidParameter('The time window is not valid.');
  return window;
}

function availability(events: readonly StoredEvent[], w: Window): string {
  const slots = Math.ceil((w.end - w.start) / w.stepMs);
  let view = '';
  for (let i = 0; i < slots; i += 1) {
    const from = w.start + i * w.stepMs;
    const to = Math.min(from + w.stepMs, w.end);
    const codes = events.filter((e) => e.startMs < to && e.endMs > from).map((e) => CODE[e.event.showAs]);
    view += String(Math.max(0, ...codes));
  }
  return view;
}

function scheduleOf(m: Mailbox, w: Window): Record<string, unknown> {
  const events = [...m.events.values()].filter((e) => !e.event.isCancelled && e.startMs < w.end && e.endMs > w.start).sort((a, b) => a.startMs - b.startMs);
  const at = (ms: number) => ({ dateTime: instantToWall(ms, w.iana), timeZone: w.zoneName });
  return {
    scheduleId: m.mail, availabilityView: availability(events, w),
    scheduleItems: events.filter((e) => e.event.showAs !== 'free').map((e) => {
      const isPrivate = e.event.sensitivity === 'private';
      return { isPrivate, status: e.event.showAs, ...(isPrivate ? {} : { subject: e.event.subject, location: e.event.location.displayName }), start: at(e.startMs), end: at(e.endMs) };
    }),
    workingHours: m.workingHours,
  };
}

function getSchedule(ctx: Ctx): Reply {
  const body = ctx.req.body as Record<string, unknown> | undefined;
  const schedules = body?.['schedules'];
  if (body === undefined || !Array.isArray(schedules) || schedules.length === 0 || !schedules.every((s) => typeof s === 'string')) {
    return errors.invalidParameter('schedules must be a non-empty array of SMTP addresses.');
  }
  const w = windowOf(body);
  if ('status' in w) return w;
  const value = (schedules as string[]).map((address) => {
    const mailbox = ctx.world.directory.find(address);
    return mailbox === undefined
      ? { scheduleId: address, availabilityView: '', scheduleItems: [], error: { message: `The recipient '${address}' could not be found.`, responseCode: 'ErrorMailRecipientNotFound' } }
      : scheduleOf(mailbox, w);
  });
  return json(200, { '@odata.context': contextUrl(ctx.world, 'Collection(microsoft.graph.scheduleInformation)'), value });
}

export const scheduleRoutes: readonly Route[] = [
  mailboxRoute('POST', 'calendar/getSchedule', 'calendar.read', getSchedule),
];
