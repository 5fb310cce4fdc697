// Stage 2: split the text into what the sender wrote now, and what they forwarded. Quoted history
// of a reply is dropped: its asks belong to the earlier messages. A forward's content is kept,
// because the forwarder is handing those asks to the team.

export interface Segment {
  readonly text: string;
  readonly forwarded: boolean;
}

// "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"
const ORIGINAL = /^\s*-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original)\s*-{2,}\s*$/i;
const FORWARD_MARK = /^\s*(-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)\s*$/i;
// "On Thu, Jan 8, 2026 at 2:05 PM Grace Whitaker <grace@…> wrote:" (may wrap onto two lines)
const ON_WROTE = /^\s*(on|le|am|el)\b.{0,200}\b(wrote|a écrit|schrieb|escribió)\s*:\s*$/i;
// Outlook's header block: "From: …" followed by "Sent:"/"Date:" within the next lines.
const HEADER_FROM = /^\s*\*?(from|von|de|da)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(sent|date|to|subject|gesendet|envoyé|enviado|an|à|para|betreff|objet|asunto)\s*:/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const QUOTED = /^\s*>/;

const isForwardSubject = (subject: string): boolean => /^\s*(fwd?|fw|wg|tr|rv)\s*:/i.test(subject);

/** Index of the line where quoted or forwarded history starts, or -1. */
function historyStart(lines: readonly string[]): { index: number; forwardMark: boolean } {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (FORWARD_MARK.test(line)) return { index: i, forwardMark: true };
    if (ORIGINAL.test(line) || UNDERSCORES.test(line) || ON_WROTE.test(line)) return { index: i, forwardMark: false };
    if (ON_WROTE.test(`${line} ${lines[i + 1] ?? ''}`) && /^\s*on\b/i.test(line)) return { index: i, forwardMark: false };
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_NEXT.test(l))) return { index: i, forwardMark: false };
    if (QUOTED.test(line) && (lines[i + 1] === undefined || QUOTED.test(lines[i + 1]!) || lines[i + 1]!.trim() === '')) {
      return { index: i, forwardMark: false };
    }
  }
  return { index: -1, forwardMark: false };
}

/** Drop the header lines (From:, Sent:, To:, Subject:) at the top of a forwarded block. */
function dropHeaders(lines: readonly string[]): string[] {
  let i = 0;
  while (i < lines.length && (lines[i]!.trim() === '' || FORWARD_MARK.test(lines[i]!) || ORIGINAL.test(lines[i]!)
    || HEADER_FROM.test(lines[i]!) || HEADER_NEXT.test(lines[i]!) || /^\s*(cc|bcc)\s*:/i.test(lines[i]!))) i += 1;
  return lines.slice(i);
}

/** Apple Mail puts a forward inside <blockquote type="cite">, which reads as "> " lines: take one
 *  level of quoting off when the forwarded block is quoted as a whole. */
function unquoteForward(block: readonly string[]): string[] {
  const body = block.slice(1).filter((l) => l.trim() !== '');
  if (body.length === 0 || body.filter((l) => QUOTED.test(l)).length < body.length * 0.8) return [...block];
  return block.map((l) => l.replace(/^\s*> ?/, ''));
}

export function segments(text: string, subject: string): Segment[] {
  const lines = text.split('\n');
  const start = historyStart(lines);
  if (start.index < 0) return [{ text, forwarded: false }];
  const own: Segment = { text: lines.slice(0, start.index).join('\n'), forwarded: false };
  if (!start.forwardMark && !isForwardSubject(subject)) return [own];
  // The forwarded message ends where its own quoted history starts.
  const rest = dropHeaders(unquoteForward(lines.slice(start.index)));
  const inner = historyStart(rest);
  const forwarded = (inner.index < 0 ? rest : rest.slice(0, inner.index)).join('\n');
  return [own, { text: forwarded, forwarded: true }];
}
