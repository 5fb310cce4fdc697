// Asks that went unanswered, dated on purpose: most well past the awaiting-reply threshold, a few fresh
// (not yet due), some answered only by an out-of-office auto-reply (still awaiting), and two where the
// auto-reply is followed days later by a real answer (no longer awaiting).
import { AWAITING_SCRIPTS, type AwaitingScript } from './awaiting-data';
import { autoReply } from './auto-reply';
import { post, type Ctx } from './ctx';
import { CLIENTS } from './parties-data';
import { momentOn } from './schedule';
import { play, timeline, type Cast, type Script } from './script';
import { castFor } from './threads';
import { addBusinessDays, addDays, isWeekday, localDateOf, type LocalDate } from './time';

/** The scanner's default: a firm ask is "awaiting reply" once this many business days pass without one. */
export const AWAITING_REPLY_BUSINESS_DAYS = 2;

type Fate = 'old' | 'old-auto' | 'fresh' | 'fresh-auto' | 'answered-after-auto';

/** Weekdays after `sent` up to and including `today`: Friday's ask is 0 days old on Sunday. */
export function businessDaysSince(sent: LocalDate, today: LocalDate): number {
  const end = Date.UTC(today.y, today.m - 1, today.d);
  let n = 0;
  for (let d = addDays(sent, 1); Date.UTC(d.y, d.m - 1, d.d) <= end; d = addDays(d, 1)) if (isWeekday(d)) n++;
  return n;
}

const FATES: readonly Fate[] = ['fresh', 'fresh', 'fresh-auto', 'answered-after-auto', 'answered-after-auto',
  'old-auto', 'old-auto', 'old-auto', 'old-auto'];

/** The answer that finally comes back after the out-of-office: a reply, so the ask is settled. */
function withLateAnswer(script: AwaitingScript): Script {
  const ask = script.steps[script.steps.length - 1];
  if (!ask) return script;
  const byClient = ask.to[0] === 'client';
  const text = byClient ? 'Sorry for the slow reply, I was away last week. I will get that to you by {day}.\n\n{c}'
    : 'Apologies for the delay; I was out of the office. I will have an answer for you by {day}.\n\n{o}';
  return { ...script, steps: [...script.steps, { by: ask.to[0] ?? 'client', to: [ask.by], text, gap: [30, 60] }] };
}

/** Send times that give the ask (step `askAt`) the age its fate needs, or null. */
function datedTimeline(ctx: Ctx, script: Script, cast: Cast, askAt: number, fresh: boolean): number[] | null {
  const { clock, rng } = ctx;
  const deepest = Math.min(clock.businessDays.length - 1, 14);
  for (let attempt = 0; attempt < 20; attempt++) {
    const back = fresh ? rng.int(0, 1) : rng.int(Math.min(deepest, 4 + askAt), Math.max(Math.min(deepest, 4 + askAt), deepest));
    const times = timeline(script, cast, momentOn(rng, addBusinessDays(clock.today, -back), clock.timeZone, 8.5, 16), rng, clock);
    const ask = times?.[askAt];
    if (!times || ask === undefined) continue;
    const age = businessDaysSince(localDateOf(ask, clock.timeZone), clock.today);
    if (fresh ? age <= 1 : age >= AWAITING_REPLY_BUSINESS_DAYS + 2) return times;
  }
  return null;
}

export function awaitingThreads(ctx: Ctx): void {
  const rng = ctx.rng.fork('awaiting');
  for (const [i, base] of rng.shuffle(AWAITING_SCRIPTS).entries()) {
    const fate = FATES[i] ?? 'old';
    const client = CLIENTS.find((c) => c.first === base.client);
    if (!client) throw new Error(`awaiting script ${base.id}: no client ${base.client}`);
    const script = fate === 'answered-after-auto' ? withLateAnswer(base) : base;
    const askAt = base.steps.length - 1;
    const cast = castFor(client, script);
    const times = datedTimeline({ ...ctx, rng }, script, cast, askAt, fate.startsWith('fresh'));
    if (!times) throw new Error(`awaiting case ${base.id} does not fit a ${ctx.clock.businessDays.length}-business-day window`);
    const messages = play(script, cast, times, rng, ctx.ids);
    const ask = messages[askAt];
    if (!ask) continue;
    for (const m of messages.slice(0, askAt + 1)) post(ctx, m, m === ask && fate.startsWith('old') ? 'awaitingReply' : undefined);
    if (fate !== 'old' && fate !== 'fresh') post(ctx, autoReply(ask, cast, rng, ctx.ids));
    for (const m of messages.slice(askAt + 1)) post(ctx, m);
  }
}
