// The firm's existing clients and the people on the other side of their matters. Clients write from
// personal mail (Gmail, Outlook.com, plain-text clients); lawyers and insurers from Outlook.
import type { Style } from './doc';
import type { Area, StaffKey } from './firm-data';
import { FIRM } from './firm-data';
import type { Person } from './message';

export type OtherKey = 'vance' | 'pell' | 'tran' | 'feld' | 'bishop' | 'duarte' | 'marsh' | 'greer' | 'records' | 'pruitt';

export interface Client {
  person: Person;
  first: string;
  area: Area;
  lawyer: StaffKey;
  /** Short matter name for subjects ("Whitfield – rear-end collision"). */
  matter: string;
  /** Court caption when a case is filed. */
  caption?: string;
  other?: OtherKey;
}

export interface Other {
  key: OtherKey;
  first: string;
  person: Person;
  org: string;
}

const tz = FIRM.timeZone;

function client(name: string, address: string, style: Style, area: Area, lawyer: StaffKey, matter: string,
  other?: OtherKey, caption?: string): Client {
  const c: Client = { person: { name, address, style, timeZone: tz }, first: name.split(' ')[0] ?? name, area, lawyer, matter };
  if (other) c.other = other;
  if (caption) c.caption = caption;
  return c;
}

export const CLIENTS: readonly Client[] = [
  client('Angela Whitfield', 'angela.whitfield@gmail.example', 'gmail', 'pi', 'moss', 'Whitfield – rear-end collision', 'vance', 'Whitfield v. Dalton Freight Lines, Inc.'),
  client('Luis Carrasco', 'lcarrasco77@outlook.example', 'outlook', 'pi', 'okafor', 'Carrasco – FreshWay fall', 'pell', 'Carrasco v. FreshWay Markets, LLC'),
  client('Denise Albright', 'dalbright@comcast.example', 'text', 'pi', 'moss', 'Albright – dog bite claim', 'tran'),
  client('Terrence Hollis', 'thollis.md@gmail.example', 'gmail', 'pi', 'moss', 'Hollis – motorcycle crash', 'tran'),
  client('Rachel Ostrander', 'rachel.ostrander@icloud.example', 'gmail', 'family', 'hartley', 'Ostrander divorce', 'feld', 'Ostrander v. Ostrander'),
  client('Kevin Marchetti', 'kmarchetti@yahoo.example', 'text', 'family', 'okafor', 'Marchetti custody modification', 'bishop', 'Marchetti v. Lowry'),
  client('Simone Baptiste', 'simone.baptiste@gmail.example', 'gmail', 'family', 'hartley', 'Baptiste child support', 'bishop'),
  client('Jordan Pike', 'jpike.bmore@gmail.example', 'gmail', 'criminal', 'moss', 'State v. Pike (DUI)', 'duarte', 'State of Maryland v. Jordan Pike'),
  client('Malik Greene', 'malik.greene@outlook.example', 'outlook', 'criminal', 'moss', 'State v. Greene', 'duarte', 'State of Maryland v. Malik Greene'),
  client('Carla Nunez', 'carla.nunez@verizon.example', 'text', 'criminal', 'moss', 'State v. Nunez', 'duarte', 'State of Maryland v. Carla Nunez'),
  client('Walter Ingram', 'wingram@comcast.example', 'text', 'estate', 'hartley', 'Ingram estate plan'),
  client('Patricia Delaney', 'pdelaney@gmail.example', 'gmail', 'estate', 'hartley', 'Estate of Margaret Delaney', 'greer', 'In re Estate of Margaret A. Delaney'),
  client('Gloria Fenwick', 'gloria.fenwick@outlook.example', 'outlook', 'estate', 'hartley', 'Fenwick will contest', 'marsh', 'In re Estate of Harold Fenwick'),
  client('Bernard Szabo', 'bszabo@yahoo.example', 'text', 'estate', 'hartley', 'Szabo trust update'),
  client('Amara Nwosu', 'amara.nwosu@gmail.example', 'gmail', 'immigration', 'okafor', 'Nwosu adjustment of status'),
  client('Diego Salvatierra', 'dsalvatierra@outlook.example', 'outlook', 'immigration', 'okafor', 'Salvatierra naturalization'),
  client('Meilin Zhou', 'meilin.zhou@gmail.example', 'gmail', 'immigration', 'okafor', 'Zhou I-130 petition'),
  client('Rosa Quintero', 'rquintero@icloud.example', 'gmail', 'immigration', 'okafor', 'Quintero DACA renewal'),
];

function other(key: OtherKey, name: string, title: string, org: string, address: string, phone: string, first?: string): Other {
  const signature = `${name}\n${title}\n${org}\n${phone}`;
  return { key, first: first ?? name.split(' ')[0] ?? name, org, person: { name, address, style: 'outlook', timeZone: tz, signature } };
}

export const OTHERS: readonly Other[] = [
  other('vance', 'Gregory Vance', 'Partner', 'Pryor Whitcomb LLP', 'gvance@pryorwhitcomb.example', '(410) 555-0131'),
  other('pell', 'Nora Pell', 'Associate', 'Linden & Shaw LLC', 'npell@lindenshaw.example', '(443) 555-0132'),
  other('tran', 'Alicia Tran', 'Senior Claims Adjuster', 'Keystone Mutual Insurance', 'alicia.tran@keystonemutual.example', '(800) 555-0133'),
  other('feld', 'Robert Feld', 'Attorney at Law', 'Feld Family Law', 'rfeld@feldfamilylaw.example', '(410) 555-0134'),
  other('bishop', 'Lauren Bishop', 'Managing Attorney', 'Bishop Legal Group', 'lbishop@bishoplegal.example', '(667) 555-0135'),
  other('duarte', 'ASA Monica Duarte', "Assistant State's Attorney", "Office of the State's Attorney for Baltimore County", 'mduarte@sao-baltco.example', '(410) 555-0136', 'Monica'),
  other('marsh', 'Kevin Marsh', 'Principal', 'Marsh & Ostrowski, P.A.', 'kmarsh@marshostrowski.example', '(410) 555-0137'),
  other('greer', 'Nathan Greer', 'Escrow Officer', 'Chesapeake Title & Escrow', 'ngreer@chesapeaketitle.example', '(443) 555-0138'),
  other('records', 'Release of Information', 'Health Information Management', 'Mercy Ridge Health', 'roi@mercyridge.example', '(410) 555-0139', 'team'),
  other('pruitt', 'Hon. Carol Pruitt (Ret.)', 'Mediator', 'Bay Mediation Services', 'cpruitt@baymediation.example', '(410) 555-0140', 'Judge Pruitt'),
];

export function otherBy(key: OtherKey): Other {
  const o = OTHERS.find((x) => x.key === key);
  if (!o) throw new Error(`no party ${key}`);
  return o;
}
