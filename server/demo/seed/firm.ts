// The demo firm: three weeks (by default) of Hartley & Moss LLP's mail before `now`, its calendars for
// the next two weeks, and the list of what a correct scan finds. Pure: the same (now, seed, weeks)
// always gives the same firm.
import { awaitingThreads } from './awaiting';
import type { Ctx } from './ctx';
import { calendarEvents, calendarResponses } from './events';
import { FIRM, MAILBOXES, TENANT_ID, mailboxOf, staffBy } from './firm-data';
import { idFactory } from './ids';
import { inquiries } from './inquiries';
import { courtNotices, newsletters, pitches } from './noise';
import { createRng } from './rng';
import { makeClock } from './schedule';
import { internalThreads, matterThreads } from './threads';
import type { DemoFirm, SeedItem } from './types';
import { voicemails } from './voicemails';

/** Per week of window: enough for 500+ messages in three weeks, in realistic proportions. */
export const PER_WEEK = { matterThreads: 36, internalThreads: 12, voicemails: 10, inquiries: 12, spam: 1, newsletters: 8, courtNotices: 6, pitches: 3 } as const;

export function byReceived(a: SeedItem, b: SeedItem): number {
  return a.message.receivedDateTime.localeCompare(b.message.receivedDateTime) || a.mailbox.localeCompare(b.mailbox)
    || a.folder.localeCompare(b.folder) || a.message.internetMessageId.localeCompare(b.message.internetMessageId);
}

export function demoFirm(options: { now: Date; seed?: number; weeks?: number }): DemoFirm {
  const weeks = options.weeks ?? 3;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(weeks) || weeks < 2 || weeks > 12) throw new RangeError(`weeks must be an integer from 2 to 12, got ${weeks}`);
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now must be a valid Date');
  const rng = createRng(seed);
  const ctx: Ctx = {
    rng, clock: makeClock(options.now, weeks, FIRM.timeZone), ids: idFactory(rng.fork('ids'), `demo|${seed}`),
    mailboxes: MAILBOXES, items: [], expected: { awaitingReply: [], voicemails: [], inquiries: [] },
  };
  const n = (key: keyof typeof PER_WEEK) => PER_WEEK[key] * weeks;
  // A thread that cannot finish before `now` is skipped; losing more than a few means the window is broken.
  if (matterThreads(ctx, n('matterThreads')) < n('matterThreads') * 0.9) throw new Error('matter threads do not fit the window');
  awaitingThreads(ctx);
  internalThreads(ctx, n('internalThreads'));
  const callers = voicemails(ctx, n('voicemails'));
  inquiries(ctx, n('inquiries'), callers, n('spam'));
  newsletters(ctx, n('newsletters'));
  courtNotices(ctx, n('courtNotices'));
  pitches(ctx, n('pitches'));
  calendarResponses(ctx);
  return {
    tenantId: TENANT_ID, name: FIRM.name, domain: FIRM.domain, timeZone: FIRM.timeZone,
    intakeMailbox: mailboxOf(staffBy('intake')).id, mailboxes: MAILBOXES.map((m) => ({ ...m })),
    items: ctx.items.sort(byReceived), events: calendarEvents(ctx.clock.nowMs, FIRM.timeZone), expected: ctx.expected,
  };
}
