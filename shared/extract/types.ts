// What extraction proposes for one sentence. The pane shows it; Accept turns it into a follow-up.

export type AskKind = 'request' | 'commitment';

export interface AskEvidence {
  /** The words that made this sentence an ask ("Can you", "Please", "I'll"). */
  readonly trigger: string;
  /** The phrase the due date came from ("by Thursday"), or null. */
  readonly datePhrase: string | null;
  /** Why this owner, in words ("the only To recipient", "named in the greeting"). */
  readonly ownerReason: string;
}

export interface Suggestion {
  /** The sentence, exactly as written in the message. */
  readonly text: string;
  readonly kind: AskKind;
  /** Owner's email address, or null for unassigned. */
  readonly owner: string | null;
  /** ISO 8601 date-time with the mailbox's offset (17:00 local unless a clock time was given), or null. */
  readonly due: string | null;
  /** "HH:MM" when the sentence stated a clock time. */
  readonly dueTime: string | null;
  /** True when the ask sits inside a forwarded message. */
  readonly forwarded: boolean;
  /** 0..1, how sure the rules are. */
  readonly confidence: number;
  readonly evidence: AskEvidence;
}
