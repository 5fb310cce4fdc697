// Awaiting reply: a sent message that asks something, with no answer from its recipients after
// N business days, becomes a queue item owned by the sender; the item closes itself when an
// answer arrives. Re-evaluated after every sync and on the polling timer, since time alone can
// make a message overdue.
import { awaitingReplyState } from '../../shared/detect';
import { MAX_SNIPPET, MAX_TITLE } from '../../shared/followup';
import type { MailItem } from '../store/mail-items-repo';
import { SCANNER_ACTOR, type ScanContext } from './context';
import { clip, httpLink } from './queue-items';

/** Older sent mail is not chased: after two months an unanswered ask is history, not a follow-up. */
const LOOKBACK_DAYS = 60;

export interface AwaitingReview {
  readonly opened: number;
  readonly resolved: number;
  readonly waiting: number;
}

export function reviewAwaitingReplies(ctx: ScanContext): AwaitingReview {
  const { firm, store } = ctx;
  const now = ctx.now();
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString();
  const tally = { opened: 0, resolved: 0, waiting: 0 };
  for (const sent of store.mailItems.awaitingCandidates(firm.firmId, since)) {
    const later = sent.conversationId === null ? [] : store.mailItems.conversation(firm.firmId, sent.conversationId)
      .filter((m) => m.graphId !== sent.graphId && (m.sentAt ?? '') > (sent.sentAt ?? ''));
    const state = awaitingReplyState(
      {
        sentAt: sent.sentAt ?? now.toISOString(), from: sent.from, to: sent.recipients.map((address) => ({ name: '', address })), cc: [],
        expectsReply: true, conversationId: sent.conversationId,
      },
      later.map((m) => ({ from: m.from, sentAt: m.sentAt ?? now.toISOString(), isAutoReply: m.automated })),
      { firmDomains: firm.domains, businessDays: firm.awaitingReplyBusinessDays, timeZone: firm.timeZone, now },
    );
    const key = `awaiting_reply ${sent.internetMessageId ?? sent.graphId}`;
    const existing = store.followUps.byKey(firm.firmId, key);
    const change = { actor: SCANNER_ACTOR, at: now.toISOString() };
    if (state.state === 'overdue' && existing === null) {
      store.followUps.create(firm.firmId, awaitingInput(sent, state.dueAt), change, {
        key, details: { mailbox: sent.mailbox, caller: null, contact: null, practiceArea: null, urgent: false, evidence: state.evidence },
      });
      tally.opened += 1;
    } else if (state.state === 'answered' && existing !== null && (existing.status === 'open' || existing.status === 'snoozed')) {
      store.followUps.update(firm.firmId, existing.id, { status: 'done' }, change);
      tally.resolved += 1;
    } else if (state.state === 'waiting') {
      tally.waiting += 1;
    }
  }
  return tally;
}

function awaitingInput(sent: MailItem, dueAt: string | null) {
  const who = sent.recipients.slice(0, 2).join(', ') + (sent.recipients.length > 2 ? ` +${sent.recipients.length - 2}` : '');
  const what = sent.ask ?? sent.subject;
  return {
    kind: 'awaiting_reply' as const,
    title: clip(`No reply from ${who}: ${what}`, MAX_TITLE),
    owner: sent.from?.address ?? null,
    due: dueAt,
    source: {
      messageId: sent.graphId, conversationId: sent.conversationId, internetMessageId: sent.internetMessageId,
      subject: clip(sent.subject, 1024), from: sent.from, sentAt: sent.sentAt, webLink: httpLink(sent.webLink),
    },
    snippet: clip(what, MAX_SNIPPET),
  };
}
