// The labelled detection records (format of shared/eval/detect-dev.jsonl): one message and its
// `expect` per JSONL line. Every line is validated; a broken record fails with file:line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PRACTICE_AREAS, type DetectableMessage } from '../../shared/detect';

const address = z.object({ name: z.string(), address: z.string() }).strict();

export const expectSchema = z.object({
  kind: z.enum(['voicemail', 'inquiry']).nullable(),
  expectsReply: z.boolean().optional(),
  phone: z.string().regex(/^\+\d{8,15}$/).optional(),
  email: z.string().optional(),
  name: z.string().optional(),
  practiceArea: z.enum(PRACTICE_AREAS).optional(),
  urgent: z.boolean().optional(),
}).strict();
export type Expectation = z.infer<typeof expectSchema>;

export const recordSchema = z.object({
  id: z.string().min(1),
  subject: z.string(),
  from: address,
  to: z.array(address),
  cc: z.array(address),
  sentAt: z.iso.datetime({ offset: true }),
  timeZone: z.string(),
  bodyType: z.enum(['text', 'html']),
  body: z.string(),
  messageClass: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), size: z.number() }).strict()).optional(),
  expect: expectSchema,
}).strict();
export type DetectRecord = z.infer<typeof recordSchema>;

export const SPLITS = ['tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const splitPath = (split: Split): string => fileURLToPath(new URL(`./detect-${split}.jsonl`, import.meta.url));

/** The firm the records were written for: its staff domain and its website's domain. */
export const FIRM_DOMAINS = ['alderfinch.example', 'alderfinchlaw.example'] as const;

export function loadRecords(path: string): DetectRecord[] {
  return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = recordSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    return [parsed.data];
  });
}

export const asMessage = (r: DetectRecord): DetectableMessage => ({ ...r, conversationId: null, internetMessageId: null });
