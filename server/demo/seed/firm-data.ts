// Hartley & Moss LLP: a six-mailbox Baltimore firm doing the high-volume practice areas Onus is for.
// Addresses use .example and phone numbers the reserved 555-01xx range so nothing reaches a real person.
import { guidFrom } from './ids';
import type { Person } from './message';
import type { DemoMailbox, MailboxRole } from './types';

export type Area = 'pi' | 'family' | 'criminal' | 'estate' | 'immigration';
export type StaffKey = 'hartley' | 'moss' | 'okafor' | 'brooks' | 'intake' | 'reception';

export const FIRM = {
  name: 'Hartley & Moss LLP',
  domain: 'hartleymoss.example',
  timeZone: 'America/New_York',
  street: '210 N. Charles Street, Suite 1400',
  city: 'Baltimore, MD 21201',
  mainPhone: '(410) 555-0100',
  web: 'https://www.hartleymoss.example',
} as const;

export const TENANT_ID = guidFrom(`tenant|${FIRM.domain}`);

export interface Staff {
  key: StaffKey;
  first: string;
  role: MailboxRole;
  areas: Area[];
  person: Person;
}

const DISCLAIMER = 'CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and may '
  + 'contain information that is privileged, confidential or attorney work product. If you received it in error, please '
  + 'tell the sender by reply and delete it; do not read, copy or forward it. Nothing in this email creates an '
  + 'attorney-client relationship.';

function staff(key: StaffKey, name: string, local: string, role: MailboxRole, title: string, phone: string,
  areas: Area[], timeZone: string = FIRM.timeZone): Staff {
  const address = `${local}@${FIRM.domain}`;
  const lawyer = role === 'partner' || role === 'associate';
  const signature = title
    ? `${name}\n${title} | ${FIRM.name}\n${FIRM.street}, ${FIRM.city}\nDirect: ${phone} | Main: ${FIRM.mainPhone}\n${address}`
    : `${name}\n${FIRM.name}\n${FIRM.mainPhone}`;
  const person: Person = { name, address, style: 'outlook', timeZone, signature };
  if (lawyer) person.disclaimer = DISCLAIMER;
  return { key, first: name.split(' ')[0] ?? name, role, areas, person };
}

export const STAFF: readonly Staff[] = [
  staff('hartley', 'Eleanor Hartley', 'eleanor.hartley', 'partner', 'Partner', '(410) 555-0111', ['estate', 'family']),
  staff('moss', 'Marcus Moss', 'marcus.moss', 'partner', 'Partner', '(410) 555-0112', ['pi', 'criminal']),
  // Works from Chicago two weeks a month: routing must read his zone, not the firm's.
  staff('okafor', 'Daniel Okafor', 'daniel.okafor', 'associate', 'Associate', '(410) 555-0114',
    ['immigration', 'pi', 'family'], 'America/Chicago'),
  staff('brooks', 'Tanya Brooks', 'tanya.brooks', 'paralegal', 'Senior Paralegal', '(410) 555-0116', []),
  staff('intake', 'Hartley & Moss Intake', 'intake', 'intake', '', FIRM.mainPhone, []),
  staff('reception', 'Front Desk', 'reception', 'reception', '', FIRM.mainPhone, []),
];

export function staffBy(key: StaffKey): Staff {
  const s = STAFF.find((x) => x.key === key);
  if (!s) throw new Error(`no staff member ${key}`);
  return s;
}

export const LAWYERS: readonly Staff[] = STAFF.filter((s) => s.role === 'partner' || s.role === 'associate');

export function mailboxOf(s: Staff): DemoMailbox {
  return { id: guidFrom(`mailbox|${s.person.address}`), mail: s.person.address, displayName: s.person.name,
    role: s.role, timeZone: s.person.timeZone };
}

export const MAILBOXES: readonly DemoMailbox[] = STAFF.map(mailboxOf);
