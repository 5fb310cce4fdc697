// Thread scripts: a few lines of who writes to whom and what, with {placeholders}, played out as a real
// conversation (times in each writer's working hours, quoted history, copies into each mailbox).
import { AREA_WORDS } from './area-data';
import { longDay, weekdayName } from './datefmt';
import { para } from './doc';
import type { Area, Staff } from './firm-data';
import type { IdFactory } from './ids';
import { transitMs, type Person } from './message';
import type { Client, Other, OtherKey } from './parties-data';
import type { Rng } from './rng';
import { nextSlot, type Clock } from './schedule';
import { startConversation, write } from './thread';
import { addBusinessDays, localDateOf } from './time';
import type { GraphMessageSeed } from './types';

export type Who = 'lawyer' | 'client' | 'other' | 'para' | 'assoc' | 'intake';

export interface Step {
  by: Who;
  to: Who[];
  cc?: Who[];
  /** Paragraphs separated by a blank line; placeholders in braces (see `vars`). */
  text: string;
  attach?: string;
  forward?: boolean;
  /** Hours after the previous message, [min, max]; default [1, 24]. */
  gap?: [number, number];
  /** Start fresh instead of quoting (a reply that must not carry an internal note along). */
  noQuote?: boolean;
}

export interface Script {
  id: string;
  areas: Area[];
  topic: string;
  steps: Step[];
  /** The client's own counterpart must be one of these. */
  withOther?: OtherKey[];
  /** A counterpart every such matter deals with (records office, mediator). */
  fixedOther?: OtherKey;
  /** The lawyer forwards to the associate, so the client must be a partner's. */
  partnerOnly?: boolean;
}

export interface Cast {
  client: Client;
  lawyer: Staff;
  para: Staff;
  assoc: Staff;
  intake: Staff;
  other?: Other;
}

function personOf(cast: Cast, who: Who): Person {
  if (who === 'client') return cast.client.person;
  if (who === 'lawyer') return cast.lawyer.person;
  if (who === 'para') return cast.para.person;
  if (who === 'assoc') return cast.assoc.person;
  if (who === 'intake') return cast.intake.person;
  if (!cast.other) throw new Error('script needs a counterpart but the cast has none');
  return cast.other.person;
}

function firstOf(cast: Cast, who: Who): string {
  if (who === 'client') return cast.client.first;
  if (who === 'other') return cast.other?.first ?? '';
  if (who === 'intake') return 'Intake team';
  return (who === 'lawyer' ? cast.lawyer : who === 'para' ? cast.para : cast.assoc).first;
}

/** Placeholder values for one message, dated from its send time in the writer's zone. */
function vars(cast: Cast, by: Who, sentMs: number, rng: Rng): Record<string, string> {
  const today = localDateOf(sentMs, personOf(cast, by).timeZone);
  const ahead = (min: number, max: number) => addBusinessDays(today, rng.int(min, max));
  const words = AREA_WORDS[cast.client.area];
  const dates = [ahead(5, 7), ahead(8, 10), ahead(11, 14)].map(longDay);
  return {
    c: cast.client.first, cfull: cast.client.person.name, l: cast.lawyer.first, p: cast.para.first, a: cast.assoc.first,
    o: cast.other?.first ?? '', org: cast.other?.org ?? '', me: firstOf(cast, by), matter: cast.client.matter,
    caption: cast.client.caption ?? cast.client.matter, day: weekdayName(ahead(2, 3)), date: longDay(ahead(6, 12)),
    date2: longDay(ahead(15, 25)), dates: dates.join(', '), pastdate: longDay(addBusinessDays(today, -rng.int(8, 15))),
    update: rng.pick(words.updates), doc: rng.pick(words.docs), topic: rng.pick(words.topics), signdoc: rng.pick(words.signDocs),
  };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`unknown placeholder {${key}} in "${template.slice(0, 40)}…"`);
    return v;
  });
}

// Clients write whenever they can; lawyers and offices on the other side keep office hours like ours.
const habitOf = (who: Who) => (who === 'client' ? 'public' : 'staff');

/** Send times for every step, or null when the thread would not finish before `now`. */
export function timeline(script: Script, cast: Cast, firstMs: number, rng: Rng, clock: Clock): number[] | null {
  const times: number[] = [];
  let t = firstMs;
  for (const step of script.steps) {
    if (times.length) t += Math.round(rng.int((step.gap?.[0] ?? 1) * 60, (step.gap?.[1] ?? 24) * 60) * 60_000);
    t = nextSlot(t, rng, habitOf(step.by), personOf(cast, step.by).timeZone);
    times.push(t);
  }
  const last = times[times.length - 1] ?? Infinity;
  return last < clock.nowMs - 15 * 60_000 && (times[0] ?? 0) > clock.startMs ? times : null;
}

/** Plays the script at the given send times; returns the messages in order. */
export function play(script: Script, cast: Cast, times: number[], rng: Rng, ids: IdFactory): GraphMessageSeed[] {
  const first = fill(script.topic, vars(cast, 'lawyer', times[0] ?? 0, rng));
  const conv = startConversation(ids, first);
  return script.steps.map((step, i) => {
    const sentMs = times[i] ?? 0;
    const values = vars(cast, step.by, sentMs, rng);
    const from = personOf(cast, step.by);
    const outside = (w: Who) => w === 'client' || w === 'other';
    const internal = !outside(step.by) && ![...step.to, ...(step.cc ?? [])].some(outside);
    const attachments = step.attach ? [{ name: fill(step.attach, values), contentType: 'application/pdf', size: rng.int(40_000, 2_400_000) }] : [];
    return write(conv, {
      from, to: step.to.map((w) => personOf(cast, w)), cc: (step.cc ?? []).map((w) => personOf(cast, w)),
      own: fill(step.text, values).split('\n\n').map((t) => para(t)), sentMs, receivedMs: sentMs + transitMs(rng, internal),
      forward: step.forward ?? false, attachments, ...(step.noQuote ? { quoteBudget: 0 } : {}),
    }, ids);
  });
}
