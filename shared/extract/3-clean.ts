// Stage 3: drop what is not the sender's message: signatures after a sign-off, "Sent from my
// iPhone", disclaimers and unsubscribe footers. Boilerplate is never an ask.

// "-- " (RFC 3676 signature separator), "Sent from my iPhone", "Get Outlook for iOS"
const SIGNATURE_START = /^\s*(--\s*|sent from my \w+.*|sent from (mail|outlook|yahoo mail).*|get outlook for \w+.*)$/i;
// "Thanks,", "Best,", "Kind regards," "Thank you!" alone on a line, followed by a name.
const SIGN_OFF = /^\s*(thanks|thank you|many thanks|thanks again|best|best regards|kind regards|warm regards|regards|sincerely|cheers|all the best|talk soon|respectfully|yours truly|br)\s*[,.!]*\s*$/i;

/** A paragraph that is a legal disclaimer or a mailing footer. */
export const BOILERPLATE = /\b(intended recipient|received (this|it|this (e-?mail|message|communication)) in error|confidentiality notice|privileged and confidential|attorney[- ]client privileged|unsubscribe|consider the environment before printing|do not reply to this|this is an automated|automatically generated|inadmissible under|manage your (email )?preferences)\b/i;

const looksLikeName = (line: string): boolean => {
  const words = line.trim().split(/\s+/);
  return words.length > 0 && words.length <= 5 && !/[?]/.test(line);
};

export function cleanText(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (SIGNATURE_START.test(line)) { end = i; break; }
    if (SIGN_OFF.test(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next === undefined || looksLikeName(next)) { end = i; break; }
    }
  }
  return lines.slice(0, end).join('\n')
    .split(/\n\s*\n/)
    .filter((paragraph) => !BOILERPLATE.test(paragraph))
    .join('\n\n');
}
