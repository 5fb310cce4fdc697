// The name a writer signs with: the last lines of their own text, below the phone numbers, titles
// and company lines ("Thank you,\nRaymond Cruz\n(717) 555-0196", "… call 2675550137 - Darlene Murray").
import { cleanPersonName } from './person-name';

const SKIP = /^(cell|mobile|phone|tel|email|e-mail|fax|www\.|https?:|sent from|get outlook)|@|\d{3}.*\d{4}|^[\s(+\d).-]+$/i;
const SIGN_OFF = /^(thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|sincerely|cheers|respectfully|yours truly|take care)[,.!]*$/i;
const MAX_LINES = 8;

/** The signed name at the end of `text` (the writer's own part of the message), or null. */
export function signatureName(text: string): string | null {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const tail = lines.slice(-MAX_LINES).reverse();
  for (const line of tail) {
    if (SIGN_OFF.test(line)) break;
    // "… my number is 2675550137 - Darlene Murray"
    const dashed = /[-–—]\s*([\p{L}][\p{L}'’. -]{1,40})$/u.exec(line);
    if (dashed && line.length > 40) return cleanPersonName(dashed[1]);
    if (SKIP.test(line) || line.length > 40) continue;
    const name = cleanPersonName(line.replace(/^[-–—]\s*/, ''));
    if (name) return name;
  }
  return null;
}
