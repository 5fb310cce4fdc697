// A referral names the prospect inside the referrer's message: "I'm referring my client Monica Feld
// to you … her email is mfeld@…", "I'd like to introduce you to Paul Dempsey (cc'd)". The contact is
// the person referred, reached by the address given in the text or their copy of the message.
import type { MailAddress } from '../followup';
import { cleanPersonName } from './person-name';
import { findPhones } from './phone';
import type { Contact } from './types';

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
const PATTERNS = [
  // "referring my client Monica Feld", "referring a mediation client to you: Stephanie Crane"
  new RegExp(`\\b[Rr]efer(?:ring|red)?\\s+(?:(?:my|a|an|one of my)\\s+)?(?:[\\w-]+\\s+){0,2}(?:client|friend|patient|neighbou?r|coworker|colleague|cousin|relative)s?\\s+(?:to you\\s*[:,-]?\\s*)?${NAME}`, 'gu'),
  new RegExp(`\\b[Ii]ntroduce you to\\s+${NAME}`, 'gu'),
  // "A patient of mine, Terrence Boyd, …", "One of my immigration clients, Dmitri Sokolov, …"
  new RegExp(`\\b(?:client|friend|patient|neighbou?r|coworker|colleague|cousin|relative)s?(?: of mine)?,\\s+${NAME}\\b`, 'gu'),
  new RegExp(`\\b[Mm]y (?:client|friend|patient|neighbou?r|coworker|colleague)\\s+${NAME}`, 'gu'),
];
const EMAIL = /[\w.+'-]+@[\w-]+(\.[\w-]+)+/g;

/** The referred person's name in `text`, skipping the firm's people and the referrer. */
export function referredName(text: string, exclude: readonly string[]): string | null {
  const skip = exclude.map((n) => n.toLowerCase());
  for (const pattern of PATTERNS) {
    for (const m of text.slice(0, 8000).matchAll(pattern)) {
      const name = cleanPersonName(m[1]);
      if (name && !skip.some((s) => s && (s.includes(name.toLowerCase()) || name.toLowerCase().includes(s)))) return name;
    }
  }
  return null;
}

/** The referred person's contact: name, an email in the text or a copied participant with that
 *  name, and a phone in the referrer's text (not in the signature). */
export function referredContact(text: string, name: string | null, sender: MailAddress | null, copied: readonly MailAddress[]): Contact {
  const senderAddress = sender?.address.toLowerCase() ?? '';
  const emails = [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()).filter((e) => e !== senderAddress);
  const last = name?.split(' ').pop()?.toLowerCase() ?? '';
  const cc = copied.find((p) => last && p.name.toLowerCase().includes(last));
  return {
    name,
    email: emails[0] ?? cc?.address.toLowerCase() ?? null,
    phone: findPhones(text)[0]?.e164 ?? null,
  };
}
