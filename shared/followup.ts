// The follow-up: the one record every part of Onus agrees on. These zod schemas are the
// wire contract between the task pane and the server; both sides import them from here.
import { z } from 'zod';

export const FOLLOW_UP_KINDS = ['ask', 'commitment', 'awaiting_reply', 'voicemail', 'inquiry'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'snoozed', 'done', 'dismissed'] as const;

export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS);
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpKind = z.infer<typeof followUpKindSchema>;
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;

/** An owner is an email address; null means "unassigned", visible as such in the queue. */
export const ownerSchema = z.email().max(320).transform((s) => s.toLowerCase());

/** ISO 8601 instant with an explicit offset ("2026-01-15T17:00:00-05:00" or "...Z"). */
export const isoInstantSchema = z.iso.datetime({ offset: true });

export const mailAddressSchema = z.object({
  name: z.string().max(256).default(''),
  address: z.string().max(320),
});
export type MailAddress = z.infer<typeof mailAddressSchema>;

/** Where a follow-up came from: ids and headers only, never the body (attorney-client material). */
export const followUpSourceSchema = z.object({
  messageId: z.string().min(1).max(1024),
  conversationId: z.string().max(1024).nullable().default(null),
  internetMessageId: z.string().max(1024).nullable().default(null),
  subject: z.string().max(1024).default(''),
  from: mailAddressSchema.nullable().default(null),
  sentAt: isoInstantSchema.nullable().default(null),
  webLink: z.url({ protocol: /^https?$/ }).max(2048).nullable().default(null),
});
export type FollowUpSource = z.infer<typeof followUpSourceSchema>;

export const MAX_TITLE = 1000;
export const MAX_SNIPPET = 500;

/** POST /api/followups body. `title` is the sentence of the ask, exactly as written. */
export const newFollowUpSchema = z.object({
  kind: followUpKindSchema,
  title: z.string().trim().min(1).max(MAX_TITLE),
  owner: ownerSchema.nullable().default(null),
  due: isoInstantSchema.nullable().default(null),
  source: followUpSourceSchema,
  snippet: z.string().max(MAX_SNIPPET).default(''),
}).strict();
export type NewFollowUp = z.input<typeof newFollowUpSchema>;
export type NewFollowUpParsed = z.output<typeof newFollowUpSchema>;

/** PATCH /api/followups/:id body: any subset of the fields a user may change. */
export const followUpPatchSchema = z.object({
  title: z.string().trim().min(1).max(MAX_TITLE),
  owner: ownerSchema.nullable(),
  due: isoInstantSchema.nullable(),
  status: followUpStatusSchema,
  snoozedUntil: isoInstantSchema.nullable(),
}).partial().strict().refine((p) => Object.keys(p).length > 0, { message: 'Send at least one field to change.' });
export type FollowUpPatch = z.infer<typeof followUpPatchSchema>;

export const PRACTICE_AREAS = ['personal_injury', 'family', 'criminal_defense', 'estate_planning', 'immigration', 'other'] as const;
export type PracticeArea = (typeof PRACTICE_AREAS)[number];

/**
 * What the mailbox scanner found, for queue items it created (voicemail, inquiry, awaiting reply,
 * commitment): who called or wrote, how to reach them, and the evidence behind the detection.
 */
export const followUpDetailsSchema = z.object({
  /** The mailbox the message was found in. */
  mailbox: z.string().nullable(),
  caller: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    durationSeconds: z.number().nullable(),
  }).nullable(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  practiceArea: z.enum(PRACTICE_AREAS).nullable(),
  urgent: z.boolean(),
  evidence: z.array(z.string()),
});
export type FollowUpDetails = z.infer<typeof followUpDetailsSchema>;

export const followUpSchema = z.object({
  id: z.string(),
  kind: followUpKindSchema,
  title: z.string(),
  owner: z.string().nullable(),
  assignedBy: z.string().nullable(),
  due: z.string().nullable(),
  status: followUpStatusSchema,
  snoozedUntil: z.string().nullable(),
  source: followUpSourceSchema,
  snippet: z.string(),
  /** Present on items the scanner created; absent on follow-ups saved from the task pane. */
  details: followUpDetailsSchema.optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** GET /api/followups query filters. */
export const followUpQuerySchema = z.object({
  status: followUpStatusSchema.optional(),
  owner: z.union([ownerSchema, z.literal('unassigned')]).optional(),
  kind: followUpKindSchema.optional(),
  conversationId: z.string().min(1).max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
}).strict();
export type FollowUpQuery = z.infer<typeof followUpQuerySchema>;

export const followUpListSchema = z.object({ items: z.array(followUpSchema) });

/** One audit entry: who changed what, when. `changes` maps field → [before, after]. */
export const historyEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['created', 'updated']),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyListSchema = z.object({ items: z.array(historyEntrySchema) });

/** Every API error has this shape; `error` is a stable id a client may switch on. */
export const apiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  field: z.string().optional(),
  /** With `consent_required`: the admin-consent page to send the firm's Microsoft 365 administrator. */
  consentUrl: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
