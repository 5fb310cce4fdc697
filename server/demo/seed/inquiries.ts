// New-client inquiries into the shared intake mailbox: website forms, intake software, direct emails.
// A couple come from people who also left a voicemail (the same lead on two channels), and the
// contact form also carries spam, which is not an inquiry.
import { post, type Ctx } from './ctx';
import { FIRM, staffBy } from './firm-data';
import { STORIES } from './inquiry-data';
import { contactForm7, contactForm7Spam, gravityForms, wpForms, type Lead } from './inquiry-forms';
import { clioGrow, directEmail, lawmatics } from './inquiry-leads';
import { toGraph, transitMs } from './message';
import { prospect, type Prospect } from './names';
import type { Notice } from './notice';
import type { Rng } from './rng';
import { momentOn, type Clock } from './schedule';

export type InquiryFormat = 'gravity' | 'wpforms' | 'cf7' | 'clio' | 'lawmatics' | 'direct';

export const FORMATS: readonly InquiryFormat[] = ['gravity', 'direct', 'wpforms', 'clio', 'cf7', 'direct', 'lawmatics',
  'gravity', 'direct', 'wpforms', 'cf7', 'clio', 'lawmatics', 'direct'];
const SOURCES = ['Google search', 'Referral from a friend', 'Avvo', 'Facebook', 'Google Business Profile', 'Past client', 'Yelp'];

export function inquiryNotice(format: InquiryFormat, lead: Lead, rng: Rng, atMs: number): Notice {
  switch (format) {
    case 'gravity': return gravityForms(lead);
    case 'wpforms': return wpForms(lead);
    case 'cf7': return contactForm7(lead);
    case 'clio': return clioGrow(lead);
    case 'lawmatics': return lawmatics(lead, atMs, FIRM.timeZone);
    case 'direct': return directEmail(lead, rng);
  }
}

/** Forms are filled in at all hours; about half arrive outside office hours. */
export function inquiryTime(rng: Rng, clock: Clock): number {
  const day = rng.pick(clock.days);
  const t = rng.chance(0.5) ? momentOn(rng, day, clock.timeZone, 8, 18) : momentOn(rng, day, clock.timeZone, 6, 23.5);
  return t > clock.nowMs - 60_000 || t < clock.startMs ? clock.nowMs - rng.int(1, 30) * 3_600_000 : t;
}

export function postNotice(ctx: Ctx, n: Notice, atMs: number, rng: Rng, expect?: 'inquiries' | 'voicemails'): void {
  const intake = staffBy('intake').person;
  const sentMs = atMs + rng.int(1, 20) * 1000;
  post(ctx, toGraph({ ...n, to: [{ name: intake.name, address: intake.address }], sentMs, receivedMs: sentMs + transitMs(rng, false),
    conversationId: ctx.ids.conversationId(), internetMessageId: ctx.ids.messageId(n.idStyle, n.from.address.split('@')[1] ?? FIRM.domain) }), expect);
}

export function inquiries(ctx: Ctx, count: number, callers: readonly Prospect[], spam: number): void {
  const rng = ctx.rng.fork('inquiries');
  const stories = rng.shuffle(STORIES);
  const emails = new Set<string>();
  for (let i = 0; i < count; i++) {
    let who: Prospect = (i % 12 === 3 ? callers[i] : undefined) ?? prospect(rng, 50 + i);
    for (let k = 1; emails.has(who.email); k++) who = { ...who, email: who.email.replace('@', `${k}@`) };
    emails.add(who.email);
    const story = stories[i % stories.length] ?? rng.pick(STORIES);
    const format = FORMATS[i % FORMATS.length] ?? 'direct';
    const atMs = inquiryTime(rng, ctx.clock);
    postNotice(ctx, inquiryNotice(format, { who, story, source: rng.pick(SOURCES) }, rng, atMs), atMs, rng, 'inquiries');
  }
  for (let i = 0; i < spam; i++) postNotice(ctx, contactForm7Spam(i), inquiryTime(rng, ctx.clock), rng);
}
