// Items that arrive "now", for the scripted live demo and latency benchmarks: each call with a new n is a
// new caller or a new lead, with ids distinct by construction (n and the instant are part of them).
import { staffBy } from './firm-data';
import { STORIES } from './inquiry-data';
import { idFactory } from './ids';
import { FORMATS, inquiryNotice } from './inquiries';
import { deliver, toGraph } from './message';
import { prospect } from './names';
import type { Notice } from './notice';
import { createRng, hash32, type Rng } from './rng';
import type { DemoFirm, SeedItem } from './types';
import { boxOf, notice, prospectCall, type Channel } from './voicemails';

/** Channels that leave words to transcribe: a live demo wants a voicemail worth reading. */
const SPOKEN: readonly Channel[] = ['teams', 'ringcentral', 'zoom', 'teams', 'dialpad', 'vonage', 'nextiva'];

function arrive(firm: DemoFirm, now: Date, n: number, kind: string, make: (rng: Rng) => Notice): SeedItem {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const rng = createRng(hash32(`${firm.tenantId}|${kind}|${n}`));
  const ids = idFactory(rng.fork('ids'), `${kind}|${firm.tenantId}`, `${kind}${n.toString(36)}T${now.getTime().toString(36)}`);
  const intake = firm.mailboxes.find((m) => m.id === firm.intakeMailbox);
  if (!intake) throw new Error('the firm has no intake mailbox');
  const made = make(rng);
  const message = toGraph({ ...made, to: [{ name: intake.displayName, address: intake.mail }], sentMs: now.getTime(), receivedMs: now.getTime(),
    conversationId: ids.conversationId(), internetMessageId: ids.messageId(made.idStyle, made.from.address.split('@')[1] ?? firm.domain) });
  const [item] = deliver({ ...message, isRead: false }, firm.mailboxes, now.getTime());
  if (!item) throw new Error('no mailbox took the arriving item');
  return item;
}

export function arrivingVoicemail(firm: DemoFirm, now: Date, n: number): SeedItem {
  return arrive(firm, now, n, 'vm', (rng) => {
    const channel = SPOKEN[n % SPOKEN.length] ?? 'teams';
    const call = prospectCall(rng, prospect(rng, 100 + n), channel, now.getTime(), boxOf(staffBy('intake'), true));
    return notice(channel, call, firm.domain);
  });
}

export function arrivingInquiry(firm: DemoFirm, now: Date, n: number): SeedItem {
  return arrive(firm, now, n, 'inq', (rng) => {
    const story = STORIES[(n * 7) % STORIES.length] ?? STORIES[0];
    if (!story) throw new Error('no inquiry stories');
    const lead = { who: prospect(rng, 150 + n), story, source: rng.pick(['Google search', 'Referral from a friend', 'Avvo']) };
    return inquiryNotice(FORMATS[n % FORMATS.length] ?? 'direct', lead, rng, now.getTime());
  });
}

