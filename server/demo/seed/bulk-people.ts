// Who writes to the benchmark mailbox: its owner, a handful of colleagues at the firm, and a larger
// circle of clients and lawyers elsewhere, each with their own mail client.
import { styleOf } from './inquiry-leads';
import type { Person } from './message';
import { prospect } from './names';
import type { Rng } from './rng';
import type { DemoMailbox } from './types';

export interface World {
  owner: Person;
  colleagues: Person[];
  externals: Person[];
}

const OTHER_FIRMS = ['pryorwhitcomb.example', 'lindenshaw.example', 'feldfamilylaw.example', 'marshostrowski.example',
  'keystonemutual.example', 'baymediation.example', 'chesapeaketitle.example'];
const TITLES: Record<DemoMailbox['role'], string> = { partner: 'Partner', associate: 'Associate', paralegal: 'Paralegal',
  intake: 'Intake', reception: 'Reception' };

function firmPerson(name: string, address: string, title: string, org: string, timeZone: string): Person {
  return { name, address, style: 'outlook', timeZone, signature: `${name}\n${title}\n${org}\nDirect: (410) 555-01${String(name.length * 3 % 100).padStart(2, '0')}` };
}

export function world(rng: Rng, mailbox: DemoMailbox, firmDomain: string): World {
  const org = firmDomain.split('.')[0] ?? firmDomain;
  const owner = firmPerson(mailbox.displayName, mailbox.mail, TITLES[mailbox.role], org, mailbox.timeZone);
  const colleagues = Array.from({ length: 6 }, (_, i) => {
    const p = prospect(rng, 300 + i);
    return firmPerson(p.name, `${p.first}.${p.last}${i}@${firmDomain}`.toLowerCase(), rng.pick(['Associate', 'Paralegal', 'Partner']), org, mailbox.timeZone);
  });
  const externals = Array.from({ length: 60 }, (_, i) => {
    const p = prospect(rng, 400 + i);
    if (i % 3 === 0) {
      const domain = OTHER_FIRMS[i % OTHER_FIRMS.length] ?? 'otherfirm.example';
      return firmPerson(p.name, `${p.first[0]}${p.last}${i}@${domain}`.toLowerCase(), 'Attorney', domain.split('.')[0] ?? '', 'America/New_York');
    }
    const person: Person = { name: p.name, address: p.email, style: styleOf(p.email), timeZone: 'America/New_York' };
    return person;
  });
  return { owner, colleagues, externals };
}
