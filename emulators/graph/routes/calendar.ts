// GET /users/{u}/calendarView (and /calendar/calendarView), GET/POST /users/{u}/events (and
// /calendar/events). Times come back in UTC unless Prefer: outlook.timezone names a zone.
import { contextUrl, skipPage, userContext } from '../links';
import { intOption } from '../odata/query';
import { etagOf } from '../project';
import { errors, json, type Reply } from '../reply';
import { mailboxRoute, type Route } from '../router';
import { putEvent } from '../store/changes';
import { buildEvent } from '../store/event-build';
import type { Mailbox, StoredEvent } from '../store/mailbox';
import type { SeedEvent } from '../types';
import type { Ctx } from '../world';
import { ianaZone, instantToWall } from '../zones';

/** An ISO date with an offset is read with it; one without is UTC (user-list-calendarview.md). */
export function parseInstant(value: string): number {
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()) ? value.trim() : `${value.trim()}Z`);
}

function param(ctx: Ctx, name: string): string | undefined {
  for (const [k, v] of ctx.query) if (k.toLowerCase() === name.toLowerCase()) return v;
  return undefined;
}

export function eventJson(stored: StoredEvent, zone: { iana: string; name: string } | null, select?: string): Record<string, unknown> {
  const { event } = stored;
  const times = zone === null ? {} : {
    start: { dateTime: instantToWall(stored.startMs, zone.iana), timeZone: zone.name },
    end: { dateTime: instantToWall(stored.endMs, zone.iana), timeZone: zone.name },
  };
  const full: Record<string, unknown> = { '@odata.etag': etagOf(event.changeKey), ...event, ...times };
  if (select === undefined) return full;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || k === '@odata.etag' || wanted.has(k.toLowerCase())));
}

function outputZone(ctx: Ctx): { iana: string; name: string } {
  const asked = ctx.prefer.get('outlook.timezone');
  const iana = asked === undefined ? null : ianaZone(asked);
  return iana === null || asked === undefined ? { iana: 'UTC', name: 'UTC' } : { iana, name: asked };
}

function calendarView(ctx: Ctx, m: Mailbox): Reply {
  const startText = param(ctx, 'startDateTime');
  const endText = param(ctx, 'endDateTime');
  if (startText === undefined || endText === undefined) {
    return errors.invalidParameter('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  }
  const start = parseInstant(startText);
  const end = parseInstant(endText);
  if (Number.isNaN(start)) return errors.invalidParameter(`The value '${startText}' of parameter 'StartDateTime' is invalid.`);
  if (Number.isNaN(end)) return errors.invalidParameter(`The value '${endText}' of parameter 'EndDateTime' is invalid.`);
  const top = intOption(ctx.query.get('$top'), '$top', 1);
  const skip = intOption(ctx.query.get('$skip'), '$skip', 0);
  if (typeof top === 'string' || typeof skip === 'string') return errors.badRequest(String(typeof top === 'string' ? top : skip));
  const hits = [...m.events.values()]
    .filter((e) => (e.endMs > e.startMs ? e.startMs < end && e.endMs > start : e.startMs >= start && e.startMs < end))
    .sort((a, b) => a.startMs - b.startMs || (a.event.id < b.event.id ? -1 : 1));
  const page = skipPage(ctx, hits, Math.min(top ?? 10, 1000), skip ?? 0);
  const zone = outputZone(ctx);
  return json(200, {
    '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/calendarView`),
    value: page.value.map((e) => eventJson(e, zone, ctx.query.get('$select'))),
    ...(page.nextLink === undefined ? {} : { '@odata.nextLink': page.nextLink }),
  }, ctx.prefer.has('outlook.timezone') ? { 'Preference-Applied': `outlook.timezone="${zone.name}"` } : {});
}

function isDateTimeTimeZone(v: unknown): v is { dateTime: string; timeZone: string } {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['dateTime'] === 'string' && typeof (v as Record<string, unknown>)['timeZone'] === 'string';
}

function createEvent(ctx: Ctx, m: Mailbox): Reply {
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (body === undefined || !isDateTimeTimeZone(body['start']) || !isDateTimeTimeZone(body['end'])) {
    return errors.invalidParameter('An event needs start and end, each a dateTimeTimeZone {dateTime, timeZone}.');
  }
  const context = contextUrl(ctx.world, `${userContext(m.id)}/events/$entity`);
  const transactionId = body['transactionId'];
  const existing = [...m.events.values()].find((e) => transactionId !== undefined && e.event.transactionId === transactionId);
  if (existing !== undefined) return json(201, { '@odata.context': context, ...eventJson(existing, null) });
  const stored = buildEvent(m, body as unknown as SeedEvent, ctx.world.now());
  if (typeof stored === 'string') return errors.invalidParameter(stored);
  ctx.world.emit(putEvent(m, stored));
  return json(201, { '@odata.context': context, ...eventJson(stored, null) });
}

function listEvents(ctx: Ctx, m: Mailbox): Reply {
  const all = [...m.events.values()].sort((a, b) => a.startMs - b.startMs);
  const page = skipPage(ctx, all, 10, Number(ctx.query.get('$skip') ?? 0) || 0);
  return json(200, {
    '@odata.context': contextUrl(ctx.world, `${userContext(m.id)}/events`), value: page.value.map((e) => eventJson(e, outputZone(ctx))),
    ...(page.nextLink === undefined ? {} : { '@odata.nextLink': page.nextLink }),
  });
}

export const calendarRoutes: readonly Route[] = [
  mailboxRoute('GET', 'calendarView', 'calendar.read', calendarView),
  mailboxRoute('GET', 'calendar/calendarView', 'calendar.read', calendarView),
  mailboxRoute('GET', 'events', 'calendar.read', listEvents),
  mailboxRoute('GET', 'calendar/events', 'calendar.read', listEvents),
  mailboxRoute('POST', 'events', 'calendar.write', createEvent),
  mailboxRoute('POST', 'calendar/events', 'calendar.write', createEvent),
];
