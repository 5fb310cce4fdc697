// What every part of the demo-firm generator shares: its random stream, the clock, id factory, and the
// collector that turns each message into mailbox copies and records what the scanner should find.
import type { IdFactory } from './ids';
import { deliver } from './message';
import type { Rng } from './rng';
import type { Clock } from './schedule';
import type { DemoExpectations, DemoMailbox, GraphMessageSeed, SeedItem } from './types';

export interface Ctx {
  rng: Rng;
  clock: Clock;
  ids: IdFactory;
  mailboxes: readonly DemoMailbox[];
  items: SeedItem[];
  expected: DemoExpectations;
}

/** Files a message into every mailbox that holds a copy; `expect` marks it for the scanner tests. */
export function post(ctx: Ctx, message: GraphMessageSeed, expect?: keyof DemoExpectations): void {
  if (Date.parse(message.receivedDateTime) > ctx.clock.nowMs) throw new Error(`message after now: ${message.subject}`);
  const copies = deliver(message, ctx.mailboxes, ctx.clock.nowMs);
  if (!copies.length) throw new Error(`no firm mailbox holds "${message.subject}"`);
  ctx.items.push(...copies);
  if (expect) ctx.expected[expect].push(message.internetMessageId);
}

/** Spreads `count` things over the window's business days, evenly with a little jitter. */
export function spread<T>(rng: Rng, days: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.min(days.length - 1, Math.floor(((i + rng.next()) / count) * days.length));
    const day = days[at];
    if (day !== undefined) out.push(day);
  }
  return rng.shuffle(out);
}
