// Calendar events for the coming two weeks, plus the emailed answers to the invitations among them
// ("Accepted: …"), which land in the organizer's inbox and need no follow-up.
import { post, type Ctx } from './ctx';
import { para, render } from './doc';
import { EVENT_PLANS, type EventPlan } from './events-data';
import { mailboxOf, staffBy } from './firm-data';
import { toGraph, transitMs, type Person } from './message';
import { CLIENTS, otherBy } from './parties-data';
import { momentOn } from './schedule';
import { addBusinessDays, addDays, graphWallTime, localDateOf, type LocalDate } from './time';
import type { DemoEventSeed } from './types';

function eventOf(plan: EventPlan, today: LocalDate): DemoEventSeed {
  const owner = staffBy(plan.who);
  const tz = owner.person.timeZone;
  const day = addBusinessDays(today, plan.ahead);
  const base = { mailbox: mailboxOf(owner).id, subject: plan.subject, showAs: plan.showAs };
  if (plan.at === 'allday') {
    return { ...base, isAllDay: true, start: { dateTime: graphWallTime(day, 0, 0), timeZone: tz },
      end: { dateTime: graphWallTime(addDays(day, plan.length), 0, 0), timeZone: tz } };
  }
  const [h, m] = plan.at;
  const endMin = h * 60 + m + plan.length;
  return { ...base, isAllDay: false, start: { dateTime: graphWallTime(day, h, m), timeZone: tz },
    end: { dateTime: graphWallTime(day, Math.floor(endMin / 60), endMin % 60), timeZone: tz } };
}

export function calendarEvents(nowMs: number, timeZone: string): DemoEventSeed[] {
  const today = localDateOf(nowMs, timeZone);
  return EVENT_PLANS.map((plan) => eventOf(plan, today));
}

function inviteeOf(plan: EventPlan): Person | undefined {
  const inv = plan.invitee;
  if (!inv) return undefined;
  if ('client' in inv) return CLIENTS.find((c) => c.first === inv.client)?.person;
  if ('other' in inv) return otherBy(inv.other).person;
  return staffBy(inv.staff).person;
}

const CLASSES = { Accepted: 'IPM.Schedule.Meeting.Resp.Pos', Tentative: 'IPM.Schedule.Meeting.Resp.Tent', Declined: 'IPM.Schedule.Meeting.Resp.Neg' } as const;
const NOTES = { Accepted: ['', 'See you then.', ''], Tentative: ['I may have a conflict; will confirm by Monday.'], Declined: ['Sorry, I am in Chicago that week. Tanya will sit in for me.'] } as const;

/** The invitees' answers, sent in the last few business days. */
export function calendarResponses(ctx: Ctx): void {
  const rng = ctx.rng.fork('responses');
  const recent = ctx.clock.businessDays.slice(-4);
  for (const plan of EVENT_PLANS) {
    const from = inviteeOf(plan);
    if (!from || !plan.response) continue;
    const organizer = staffBy(plan.who).person;
    const sentMs = Math.min(momentOn(rng, rng.pick(recent), ctx.clock.timeZone, 8.5, 17.5), ctx.clock.nowMs - 600_000);
    const note = rng.pick(NOTES[plan.response]);
    const internal = from.address.endsWith(organizer.address.split('@')[1] ?? '');
    post(ctx, toGraph({
      from, to: [organizer], subject: `${plan.response}: ${plan.subject}`, body: render(note ? [para(note)] : [], from.style === 'text' ? 'text' : 'outlook'),
      sentMs, receivedMs: sentMs + transitMs(rng, internal), conversationId: ctx.ids.conversationId(),
      internetMessageId: ctx.ids.messageId(internal || from.style === 'outlook' ? 'exchange' : 'generic', from.address.split('@')[1] ?? ''),
      messageClass: CLASSES[plan.response],
    }));
  }
}
