// The regression records: one email and its gold labels per JSONL line (the format of
// shared/eval/followups-dev.jsonl). Every line is validated; a broken record fails with file:line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { EmailMessage } from '../../shared/email';

const addressSchema = z.object({ name: z.string(), address: z.string().min(3) }).strict();

export const labelSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(['request', 'commitment']),
  owner: z.string().nullable(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dueTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  forwarded: z.literal(true).optional(),
}).strict();

export const recordSchema = z.object({
  id: z.string().regex(/^reg-\d{3}$/),
  conversationId: z.string().min(1),
  subject: z.string(),
  from: addressSchema,
  to: z.array(addressSchema),
  cc: z.array(addressSchema),
  sentAt: z.iso.datetime({ offset: true }),
  timeZone: z.string().min(1),
  bodyType: z.enum(['text', 'html']),
  body: z.string().min(1),
  labels: z.array(labelSchema),
}).strict();

export type GoldRecord = z.infer<typeof recordSchema>;
export type GoldLabel = z.infer<typeof labelSchema>;

export const SPLITS = ['tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const splitPath = (split: Split): string => fileURLToPath(new URL(`./regression-${split}.jsonl`, import.meta.url));

/** Parses JSONL text; throws "FILE:LINE: …" on the first bad line. */
export function parseRecords(text: string, file: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    out.push(parsed.data);
  });
  return out;
}

export const loadSplit = (split: Split): GoldRecord[] => parseRecords(readFileSync(splitPath(split), 'utf8'), `regression-${split}.jsonl`);

export function toEmailMessage(r: GoldRecord): EmailMessage {
  return {
    id: r.id, conversationId: r.conversationId, internetMessageId: null, subject: r.subject, from: r.from, to: r.to, cc: r.cc,
    sentAt: r.sentAt, timeZone: r.timeZone, bodyType: r.bodyType, body: r.body, webLink: null,
  };
}
