// Delta tokens: base64url JSON carrying the round's window and the original query options, so
// clients replay links without repeating $select/$filter (message-delta.md). Opaque to clients.
import { z } from 'zod';

const options = z.object({
  select: z.string().optional(),
  filter: z.string().optional(),
  expand: z.string().optional(),
  desc: z.boolean().optional(),
  size: z.number().int().positive().optional(),
});

const cursor = z.union([z.number(), z.tuple([z.number(), z.number(), z.string()])]).nullable();

const state = z.object({
  v: z.literal(1),
  /** Mailbox and folder the round tracks. */
  m: z.string(),
  f: z.string(),
  /** Sync-state generation: older than the folder's → 410 SyncStateNotFound. */
  g: z.number().int(),
  /** Changes after seq `s`, up to seq `u` (null in a deltaLink: the next round fixes it). */
  s: z.number().int(),
  u: z.number().int().nullable(),
  /** Last item sent in this round. */
  a: cursor,
  /** Items sent in this round (a $filter round stops at 5,000). */
  n: z.number().int(),
  o: options,
});

export type DeltaState = z.infer<typeof state>;
export type DeltaOptions = z.infer<typeof options>;
export type DeltaCursor = z.infer<typeof cursor>;

export function encodeToken(s: DeltaState): string {
  return Buffer.from(JSON.stringify(s)).toString('base64url');
}

export function decodeToken(token: string): DeltaState | null {
  try {
    const parsed = state.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
