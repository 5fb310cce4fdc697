// Accepting a suggestion: the sentence becomes the title; the source carries ids and headers
// only, never the body. The snippet is the sentence itself (at most MAX_SNIPPET characters).
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
import { MAX_SNIPPET, MAX_TITLE, type FollowUpKind, type NewFollowUp } from '../../shared/followup';

/** What the user may change on a card before accepting. */
export interface SuggestionEdits {
  /** Owner address, or null for unassigned. */
  readonly owner: string | null;
  /** ISO instant with offset, or null. */
  readonly due: string | null;
}

const KIND: Readonly<Record<Suggestion['kind'], FollowUpKind>> = { request: 'ask', commitment: 'commitment' };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function toNewFollowUp(suggestion: Suggestion, edits: SuggestionEdits, message: EmailMessage): NewFollowUp {
  const sentence = suggestion.text.replace(/\s+/g, ' ').trim();
  return {
    kind: KIND[suggestion.kind],
    title: clip(sentence, MAX_TITLE),
    owner: edits.owner,
    due: edits.due,
    source: {
      messageId: message.id,
      conversationId: message.conversationId,
      internetMessageId: message.internetMessageId,
      subject: clip(message.subject, 1024),
      from: message.from,
      sentAt: message.sentAt,
      webLink: message.webLink,
    },
    snippet: clip(sentence, MAX_SNIPPET),
  };
}

/** True when `title` is what accepting `suggestion` would have stored (to show it as tracked). */
export function matchesSuggestion(title: string, suggestion: Suggestion): boolean {
  return clip(suggestion.text.replace(/\s+/g, ' ').trim(), MAX_TITLE) === title;
}
