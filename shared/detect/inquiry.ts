// New inquiries: a web-form notification, or the first email of a stranger asking for legal help
// (or a referral of one). The contact is the prospect: the form's fields, or the sender (for a
// referral, the person referred).
import { cleanText } from '../extract/3-clean';
import { segments } from '../extract/2-segments';
import { parseFields } from './fields';
import { formMarkers, readForm } from './form';
import { asksForHelp, describesProblem, isLawyerSender, notALead, referralCue } from './lead-signals';
import { isFirmAddress, type ReadMessage } from './message-text';
import { automatedReason } from './not-personal';
import { cleanPersonName, selfIntroduction } from './person-name';
import { firstPhone } from './phone';
import { areaFromText } from './practice-area';
import { referredContact, referredName } from './referral';
import { signatureName } from './signature';
import type { Contact, FirmContext } from './types';

export interface InquiryReading {
  readonly isLead: boolean;
  /** The prospect's own words, for practice area, urgency and the snippet. */
  readonly words: string;
  readonly contact: Contact;
  /** A form's explicit practice-area answer. */
  readonly areaField: string | null;
  readonly form: boolean;
  readonly referral: boolean;
  readonly evidence: string[];
}

const LEGAL = /\b(lawyer|attorney|legal|lawsuit|sue|suing|sued|court|judge|landlord|evict\w*|fired|terminat\w+|wrongful\w*|harass\w*|discriminat\w+|wages?|overtime|contractor|deposit|foreclos\w+|bankrupt\w*|debt|creditors?|dispute|rights|claim|scam|fraud|served|summons|subpoena|lien|insurance)\b/i;
const REPLY = /^\s*(re|aw|sv|antw)\s*:/i;
const EMAIL = /[\w.+'-]+@[\w-]+(\.[\w-]+)+/;

/** A strong name: two words or more, none an initial ("K. Simmons" is weak). */
const strong = (n: string | null): boolean => Boolean(n && n.includes(' ') && !n.split(' ').some((w) => /^\p{L}\.?$/u.test(w)));

/** The sender's display name, unless it only repeats the address ("bward" for bward@…). */
function displayName(m: ReadMessage): string | null {
  const name = cleanPersonName(m.from?.name);
  const local = (m.from?.address ?? '').split('@')[0]?.replace(/[._-]/g, '').toLowerCase();
  return name && name.replace(/[\s.'-]/g, '').toLowerCase() === local && !name.includes(' ') ? null : name;
}

function senderContact(m: ReadMessage, own: string, cleaned: string): { contact: Contact; why: string } {
  const options: Array<[string | null, string]> = [
    [selfIntroduction(cleaned), 'the sender introduces themself'],
    [displayName(m), "the sender's display name"],
    [signatureName(own), "the sender's signature"],
  ];
  const chosen = options.find(([n]) => strong(n)) ?? options.find(([n]) => n) ?? [null, 'no name given'];
  const replyTo = EMAIL.exec(m.header('Reply-To') ?? '')?.[0];
  return {
    contact: { name: chosen[0], email: (replyTo ?? m.from?.address ?? '').toLowerCase() || null, phone: firstPhone(own) },
    why: `name from ${chosen[1]}; email from the ${replyTo ? 'Reply-To header' : 'sender'}`,
  };
}

function fromForm(m: ReadMessage, markers: string[]): InquiryReading {
  const fields = parseFields(m.text);
  const f = readForm(m, fields);
  const words = [fields.find((x) => x.key === 'subject')?.value ?? '', f.message].filter(Boolean).join('\n');
  const rejected = notALead(words);
  const reachable = Boolean(f.name || f.email || f.phone);
  return {
    isLead: !rejected && reachable,
    words,
    contact: { name: f.name, email: f.email, phone: f.phone },
    areaField: f.practiceArea,
    form: true,
    referral: false,
    evidence: [...markers, ...f.evidence, ...(rejected ? [`not a prospect: ${rejected.replace('_', ' ')}`] : [])],
  };
}

/** The inquiry reading of a message, or null when it is neither a form nor a stranger's email. */
export function readInquiry(m: ReadMessage, firm: FirmContext): InquiryReading | null {
  const markers = formMarkers(m, parseFields(m.text.slice(0, 20_000)));
  if (markers) return fromForm(m, markers);
  const sender = m.from?.address ?? '';
  if (!sender.includes('@') || isFirmAddress(sender, firm.domains) || REPLY.test(m.subject)) return null;
  if (safeKnown(firm, sender)) return null;
  const own = segments(m.text, m.subject)[0]?.text ?? '';
  if (automatedReason(m, own)) return null;
  const cleaned = cleanText(own);
  const words = `${m.subject}\n${cleaned}`;
  const referral = referralCue(words);
  const rejected = notALead(words, Boolean(referral));
  const help = asksForHelp(words) ?? describesProblem(words);
  const legal = areaFromText(words) !== null || LEGAL.test(words);
  const lawyer = isLawyerSender(m.from?.name ?? '', sender, own);
  const isLead = !rejected && legal && Boolean(referral || (help && !lawyer));
  const why = [referral ? `referral wording "${referral}"` : help ? `asks for help: "${help}"` : 'asks for no help', ...(rejected ? [`not a prospect: ${rejected.replace('_', ' ')}`] : [])];
  if (referral) {
    const name = referredName(cleaned, [m.from?.name ?? '', ...m.to.map((p) => p.name)]);
    if (name) {
      const contact = referredContact(cleaned, name, m.from, [...m.cc, ...m.to]);
      return { isLead, words, contact, areaField: null, form: false, referral: true, evidence: [...why, `referred by ${m.from?.name || sender}`, 'contact is the person referred'] };
    }
  }
  const { contact, why: from } = senderContact(m, own, cleaned);
  return { isLead, words, contact, areaField: null, form: false, referral: false, evidence: [...why, from] };
}

function safeKnown(firm: FirmContext, address: string): boolean {
  try {
    return firm.isKnownContact?.(address.toLowerCase()) === true;
  } catch {
    return false; // a failing directory lookup must not hide a lead
  }
}
