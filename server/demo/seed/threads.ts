// Everyday matter threads: client questions, document requests, scheduling, the other side, and mail
// inside the firm. Each is played only if it finishes before `now`, so a half-played thread never
// looks like a forgotten ask.
import { post, spread, type Ctx } from './ctx';
import { staffBy } from './firm-data';
import { INTERNAL_SCRIPTS } from './internal-data';
import { CLIENTS, otherBy, type Client } from './parties-data';
import { momentOn } from './schedule';
import { play, timeline, type Cast, type Script } from './script';
import { CLIENT_SCRIPTS } from './threads-client-data';
import { OTHER_SCRIPTS } from './threads-other-data';

export function castFor(client: Client, script: Script): Cast {
  const cast: Cast = { client, lawyer: staffBy(client.lawyer), para: staffBy('brooks'), assoc: staffBy('okafor'), intake: staffBy('intake') };
  const otherKey = script.fixedOther ?? (script.withOther ? client.other : undefined);
  if (otherKey) cast.other = otherBy(otherKey);
  return cast;
}

export function clientsFor(script: Script): Client[] {
  return CLIENTS.filter((c) => script.areas.includes(c.area)
    && (!script.withOther || (c.other !== undefined && script.withOther.includes(c.other)))
    && (!script.partnerOnly || staffBy(c.lawyer).role === 'partner'));
}

/** Plays `count` threads picked by `scriptFor(i)`, spread over the window's business days. */
function playMany(ctx: Ctx, label: string, count: number, scriptFor: (i: number) => Script): number {
  const rng = ctx.rng.fork(label);
  let played = 0;
  for (const [i, day] of spread(rng, ctx.clock.businessDays, count).entries()) {
    const script = scriptFor(i);
    const cast = castFor(rng.pick(clientsFor(script)), script);
    // A thread that would run past `now` starts a few business days earlier instead.
    for (let attempt = 0; attempt < 4; attempt++) {
      const back = ctx.clock.businessDays[Math.max(0, ctx.clock.businessDays.indexOf(day) - attempt * 2)] ?? day;
      const times = timeline(script, cast, momentOn(rng, back, ctx.clock.timeZone, 8, 17), rng, ctx.clock);
      if (!times) continue;
      for (const m of play(script, cast, times, rng, ctx.ids)) post(ctx, m);
      played++;
      break;
    }
  }
  return played;
}

const nth = <T>(list: readonly T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty script list');
  return item;
};

/** Two in three with clients, one in three with the other side. */
export function matterThreads(ctx: Ctx, count: number): number {
  return playMany(ctx, 'threads', count, (i) => (i % 3 === 2 ? nth(OTHER_SCRIPTS, Math.floor(i / 3)) : nth(CLIENT_SCRIPTS, i - Math.floor(i / 3))));
}

export function internalThreads(ctx: Ctx, count: number): number {
  return playMany(ctx, 'internal', count, (i) => nth(INTERNAL_SCRIPTS, i));
}
