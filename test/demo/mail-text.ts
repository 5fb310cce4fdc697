// Test helpers that read seed messages the way a scanner would: visible words, headers, ages.
import type { GraphMessageSeed } from '../../server/demo/seed';

/** Visible words of a body: head dropped, tags to spaces, entities decoded, tokens with a letter or digit. */
export function visibleWords(body: GraphMessageSeed['body']): number {
  const text = body.contentType === 'text' ? body.content : body.content
    .replace(/<head[\s\S]*?<\/head>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, e: string) => (e === 'nbsp' ? ' ' : e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : '"'));
  return text.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t)).length;
}

export function header(m: GraphMessageSeed, name: string): string | undefined {
  return m.internetMessageHeaders?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

export const messageClass = (m: GraphMessageSeed): string | undefined =>
  m.singleValueExtendedProperties?.find((p) => p.id === 'String 0x001A')?.value;

export const isAutoReply = (m: GraphMessageSeed): boolean => header(m, 'Auto-Submitted') === 'auto-replied';

/** Weekdays after the sent date up to and including today, both in New York. */
export function businessDaysBetween(sentIso: string, now: Date): number {
  const day = (d: Date) => new Date(d.toLocaleDateString('en-CA', { timeZone: 'America/New_York' }) + 'T00:00:00Z');
  let n = 0;
  for (let d = new Date(day(new Date(sentIso)).getTime() + 86_400_000); d <= day(now); d = new Date(d.getTime() + 86_400_000)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n++;
  }
  return n;
}

/** Every phone-number-looking run in a text: [area, exchange, line]. */
export function phoneNumbers(text: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const m of text.matchAll(/(?<![\d])(?:\+?1[ -]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})(?!\d)/g)) out.push([m[1] ?? '', m[2] ?? '', m[3] ?? '']);
  return out;
}
