// Invented people for callers and prospective clients, and phone numbers in the 555-01xx range that is
// reserved for fiction. Varying `n` varies the person, so arriving demo items never repeat one.
import type { Rng } from './rng';

const FIRST = ['Tamika', 'Brian', 'Olivia', 'Hector', 'Grace', 'Devon', 'Yolanda', 'Ravi', 'Colleen', 'Andre',
  'Mariana', 'Trevor', 'Latoya', 'Samuel', 'Ingrid', 'Curtis', 'Fatima', 'Gavin', 'Shauna', 'Tomasz', 'Keisha',
  'Wesley', 'Nadia', 'Patrick', 'Imani', 'Russell', 'Beatriz', 'Dwayne', 'Erin', 'Kwame', 'Lorraine', 'Victor',
  'Sasha', 'Omar', 'Bethany', 'Reggie', 'Hannah', 'Jamal', 'Priscilla', 'Arturo'];
const LAST = ['Coleman', 'Whitaker', 'Ibarra', 'Lindgren', 'Okoye', 'Pruett', 'Castellanos', 'Haddad', 'McAllister',
  'Boateng', 'Sorensen', 'Delgado', 'Fairbanks', 'Kowalczyk', 'Thibodeaux', 'Ashworth', 'Mensah', 'Yilmaz', 'Garrity',
  'Villanueva', 'Dempsey', 'Nakamura', 'Rutledge', 'Abernathy', 'Quarles', 'Estrada', 'Lockhart', 'Petrakis',
  'Holloway', 'Benitez', 'Crenshaw', 'Varga', 'Middleton', 'Osei', 'Kincaid', 'Redmond', 'Salazar', 'Tolliver'];
const PROVIDERS = ['gmail.example', 'yahoo.example', 'outlook.example', 'icloud.example', 'comcast.example', 'aol.example'];
// 443 is left to existing clients and 555-0100..0149 to the firm and the other side, so a prospect
// never shares a number with someone the firm already knows.
const AREA_CODES = ['410', '667', '301', '240'];

export interface Prospect {
  first: string;
  last: string;
  name: string;
  email: string;
  /** Ten digits, e.g. "4105550142". */
  phone: string;
}

/** The n-th invented person of a stream; distinct n give distinct name, address and number pairs. */
export function prospect(rng: Rng, n: number): Prospect {
  const first = FIRST[(n * 7 + rng.int(0, FIRST.length - 1)) % FIRST.length] ?? 'Alex';
  const last = LAST[(n * 11 + rng.int(0, LAST.length - 1)) % LAST.length] ?? 'Smith';
  const local = rng.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${last}${rng.int(1, 99)}`]).toLowerCase();
  const phone = `${rng.pick(AREA_CODES)}55501${50 + (n % 50)}`;
  return { first, last, name: `${first} ${last}`, email: `${local}${n >= 100 ? n : ''}@${rng.pick(PROVIDERS)}`, phone };
}

/** "(410) 555-0142" */
export const national = (p: string): string => `(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`;
/** "410-555-0142" */
export const dashed = (p: string): string => `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`;
/** "+14105550142" */
export const e164 = (p: string): string => `+1${p}`;
/** "+1 410-555-0142", as Teams shows an unknown caller. */
export const teamsNumber = (p: string): string => `+1 ${dashed(p)}`;
/** Caller-ID name as carriers send it: "COLEMAN TAMIKA", or a generic label when unlisted. */
export function cnam(rng: Rng, who: Prospect | undefined): string {
  if (!who || rng.chance(0.3)) return rng.pick(['WIRELESS CALLER', 'BALTIMORE MD', 'TOWSON MD', 'UNKNOWN']);
  return `${who.last} ${who.first}`.toUpperCase().slice(0, 15);
}
