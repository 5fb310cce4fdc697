// One delta page into the store: every message is remembered (headers only), run through the
// detectors once, and turned into queue items. Runs inside the page's transaction.
import { detectMessage, type MessageDetection } from '../../shared/detect';
import { extractAsks } from '../../shared/extract';
import { newFollowUpSchema } from '../../shared/followup';
import type { DeltaItem } from '../graph/messages';
import type { ScanContext } from './context';
import { SCANNER_ACTOR } from './context';
import { commitmentItem, detectionItem, type QueueItem } from './queue-items';
import { toScannedMail, type ScannedMail } from './to-email';

export interface IngestTally {
  seen: number;
  created: number;
  removed: number;
  skipped: { id: string; problem: string }[];
}

export const emptyTally = (): IngestTally => ({ seen: 0, created: 0, removed: 0, skipped: [] });

export function ingestPage(ctx: ScanContext, mailbox: string, folder: string, mailboxZone: string, items: readonly DeltaItem[], tally: IngestTally): void {
  for (const item of items) {
    if (item.removed) {
      ctx.store.mailItems.markRemoved(ctx.firm.firmId, mailbox, item.id);
      tally.removed += 1;
    } else if (item.message === null) {
      tally.skipped.push({ id: '(unreadable)', problem: item.problem });
    } else if (item.message.isDraft !== true) {
      tally.seen += 1;
      ingestMessage(ctx, mailbox, folder, toScannedMail(item.message, mailboxZone), tally);
    }
  }
}

function ingestMessage(ctx: ScanContext, mailbox: string, folder: string, mail: ScannedMail, tally: IngestTally): void {
  const { firm, store } = ctx;
  // A message seen before (a replayed page, a resync after 410, a move) is only refreshed: its
  // detections exist already, and running the detectors again would cost the most for nothing.
  if (store.mailItems.refresh(firm.firmId, mailbox, mail.email.id, folder, mail.email.subject)) return;
  const sent = folder === 'sentitems';
  const detection = detectMessage(
    { ...mail.email, messageClass: mail.messageClass, headers: mail.headers, attachments: mail.attachments },
    { domains: firm.domains, isKnownContact: (a) => store.mailItems.isCorrespondent(firm.firmId, a) },
  );
  const machine = detection.automated !== null;
  const asks = sent && !machine ? extractAsks(mail.email).filter((s) => !s.forwarded) : [];
  store.mailItems.insert({
    firmId: firm.firmId, mailbox, graphId: mail.email.id, folder,
    internetMessageId: mail.email.internetMessageId, conversationId: mail.email.conversationId,
    subject: mail.email.subject, from: mail.email.from,
    recipients: [...mail.email.to, ...mail.email.cc].map((a) => a.address.toLowerCase()),
    sentAt: new Date(mail.email.sentAt).toISOString(), receivedAt: mail.receivedAt, webLink: mail.email.webLink,
    // Awaiting reply chases people outside the firm; an ask between colleagues is theirs to settle.
    automated: machine, expectsReply: sent && !machine && detection.expectsReply && hasOutsider(mail, firm.domains),
    ask: asks.find((s) => s.kind === 'request')?.text ?? null,
  });
  if (sent) store.mailItems.addCorrespondents(firm.firmId, [...mail.email.to, ...mail.email.cc].map((a) => a.address));
  const items = sent
    ? asks.filter((s) => s.kind === 'commitment').map((s) => commitmentItem(mail, s, mailbox))
    : [detectionItem(mail, detection, mailbox, ownerFor(ctx, mailbox, detection))].filter((i): i is QueueItem => i !== null);
  for (const item of items) {
    // Validated like any other write to the queue: one odd message is reported, not fatal.
    const input = newFollowUpSchema.safeParse(item.input);
    if (!input.success) {
      tally.skipped.push({ id: mail.email.id, problem: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    const at = ctx.now().toISOString();
    if (store.followUps.create(firm.firmId, input.data, { actor: SCANNER_ACTOR, at }, item).created) tally.created += 1;
  }
}

/** Calls and inquiries in the shared intake mailbox go to the intake owner; elsewhere, to the mailbox's person. */
function ownerFor(ctx: ScanContext, mailbox: string, d: MessageDetection): string | null {
  const intake = ctx.firm.intakeMailbox?.toLowerCase();
  if (d.kind === null) return null;
  if (intake !== undefined && mailbox.toLowerCase() === intake) return ctx.firm.intakeOwner ?? intake;
  return mailbox.toLowerCase();
}

function hasOutsider(mail: ScannedMail, domains: readonly string[]): boolean {
  const inside = new Set(domains.map((d) => d.toLowerCase()));
  return [...mail.email.to, ...mail.email.cc].some((a) => !inside.has(a.address.split('@')[1]?.toLowerCase() ?? ''));
}
