// What the pane hands to extraction: the message with its body capped, so a 5 MB thread cannot
// freeze the pane. Asks live near the top of a reply; the quoted history below is the long part.
import type { EmailMessage } from '../../shared/email';

export const MAX_EXTRACTION_CHARS = 200_000;

export interface PreparedMessage {
  readonly message: EmailMessage;
  /** True when the body was cut to MAX_EXTRACTION_CHARS. */
  readonly truncated: boolean;
  /** True when there is no text at all to read. */
  readonly empty: boolean;
}

export function prepareForExtraction(message: EmailMessage): PreparedMessage {
  const truncated = message.body.length > MAX_EXTRACTION_CHARS;
  const body = truncated ? message.body.slice(0, MAX_EXTRACTION_CHARS) : message.body;
  return { message: truncated ? { ...message, body } : message, truncated, empty: body.trim().length === 0 };
}
