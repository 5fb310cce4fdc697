// Which practice a prospect's matter belongs to, from the words they use. Each family is a list of
// weighted phrases; the heaviest family wins, an earlier mention breaking a tie. A form's explicit
// "Practice area" / "Case type" answer wins over the words of the message.
import type { PracticeArea } from './types';

type Area = Exclude<PracticeArea, 'other'>;
type Rule = readonly [RegExp, number];

// "a will", "my late father's will", "wills" (not "will" the verb: "my husband will call")
const WILL_NOUN = /\b(?:a|my|his|her|their|our|the|your|new|living|last|[a-z]+'s) will\b(?!\s+(?:be|have|not|need|call|you|probably|go|get|take|pay|send|make|do|tell|help|let|try|see|come|give|also|just|still|never|always|start|file|sign|keep|ask|work|happen|cost|know|want|lose|win|look)\b)|\bwills\b|\bwill and (?:trust|testament)\b/i;

const RULES: Readonly<Record<Area, readonly Rule[]>> = {
  personal_injury: [
    [/\bpersonal injury\b|\bwrongful death\b|\bmedical malpractice\b|\bmalpractice\b|\bslip(ped)? and fall\b|\bdog bites?\b/i, 3],
    [/\b(car|auto|truck|bus|motorcycle|bike|bicycle|motor vehicle|pedestrian|uber|lyft|work|workplace)\s+(accident|crash|collision|wreck)\b|\baccident\b|\bcrash(ed)?\b|\bcollision\b|\brear[- ]ended\b|\bt-?boned\b|\bhit by (a|an|the)\b|\bhit and run\b|\brun over\b/i, 2],
    [/\binjur(ed|y|ies)\b|\bhurt (in|at|my|when|by|on)\b|\b(was|got|been) hurt\b|\bbitten\b|\bbit me\b|\bslipped\b|\btripped\b|\bfell (on|off|at|down|from)\b|\bnegligen(ce|t)\b|\bnursing home\b|\bbedsores?\b|\bwhiplash\b|\bconcussion\b|\bworkers'? ?comp(ensation)?\b|\bkilled by\b|\b(broke|broken|fractured?|torn|tore|sprained)\s+(my|his|her|a|an|the)?\s*(leg|arm|hip|wrist|ankle|back|neck|ribs?|collarbone|knee|shoulder|ligament|rotator)\b|\blost wages\b|\bstitches\b|\btotaled\b|\baccidente\b|\bherid[oa]\b/i, 1.5],
  ],
  family: [
    [/\bdivorce\b|\bcustody\b(?! of the (police|state))|\bchild support\b|\balimony\b|\bspousal support\b|\bprenup(tial)?\b|\bpostnup(tial)?\b|\bfamily law\b|\bprotection from abuse\b|\b(restraining|protective) order\b|\bvisitation\b|\bparenting plan\b|\bpaternity\b|\badopt(ion|ing|ed)?\b/i, 3],
    [/\bPFA\b/, 3],
    [/\bseparat(ed|ion|ing)\b|\bex-?(wife|husband|partner|boyfriend|girlfriend)\b|\bmarital\b|\bgrandparents'? rights\b|\b(husband|boyfriend|partner) (hit|hits|beat|threatened) me\b|\bdomestic (violence|abuse)\b|\bfoster (child|daughter|son)\b|\bsupport order\b|\bdivorcio\b|\bcustodia\b|\bmanutenci[oó]n\b/i, 1.5],
  ],
  criminal_defense: [
    [/\b(DUI|DWI|OUI|OVI)\b|\bcriminal (defense|charges?|case|record|side|matter)\b|\bcharged with\b|\barrest(ed)?\b|\bbench warrant\b|\bwarrant (out )?for\b|\bexpunge(d|ment)?\b|\bfelony\b|\bmisdemeanor\b|\barraignment\b|\bpreliminary hearing\b|\bpublic defender\b/i, 3],
    [/\bwarrant\b|\bprobation\b|\bparole\b|\bassault\b|\b(retail )?theft\b|\bshoplifting\b|\bpossession\b|\bdrug charges?\b|\bjail\b|\bbail\b|\bplea\b|\bindicted\b|\bjuvenile court\b|\b(speeding|traffic) ticket\b|\bticket for\b|\breckless driving\b|\bsuspended license\b|\bbreathalyzer\b|\bdisorderly conduct\b|\bpulled over\b|\bpicked up\b|\bcharges\b|\bconviction\b|\bcharged\b|\barrestad[oa]\b|\bc[aá]rcel\b/i, 1.5],
  ],
  estate_planning: [
    [/\bestate plan(ning)?\b|\bprobate(d)?\b|\bpower of attorney\b|\bliving (will|trust)\b|\b(revocable|irrevocable|special needs|testamentary|family) trust\b|\bexecut(or|rix)\b|\b(healthcare|advance|health care) directive\b|\belder law\b|\bwills? (&|and) trusts?\b/i, 3],
    [WILL_NOUN, 3],
    [/(?<!real )\bestates?\b|\b(a|the|into the) trust\b|\btrusts\b|\binherit(ance|ed)?\b|\bheirs?\b|\bbeneficiar(y|ies)\b|\bguardianship\b|\bdementia\b|\btestamento\b|\bherencia\b/i, 1.5],
    [/\bpassed away\b|\bdied\b|\bmy late\b/i, 0.5],
  ],
  immigration: [
    [/\bimmigration\b|\bvisas?\b|\bgreen card\b|\basylum\b|\bdeport(ed|ation)?\b|\bcitizenship\b|\bnaturali[sz](ation|ed)\b|\bUSCIS\b|\bwork permit\b|\bnotice to appear\b|\bH-?1B\b|\bDACA\b|\bTPS\b|\bN-400\b|\bI-(130|485|765|751)\b/i, 3],
    [/\bICE\b|\bCBP\b|\bF-1\b|\bOPT\b|\bEAD\b|\bconsulate\b|\bundocumented\b|\bremoval (proceedings|hearing)\b|\bborder\b/, 1.5],
    [/\binmigraci[oó]n\b|\bdeportad[oa]\b|\bdeportaci[oó]n\b|\basilo\b|\bresidencia\b/i, 3],
    [/\bsponsor(ship)?\b|\bstatus (ends|expires|expired|is expiring)\b|\b(immigration|legal|visa) status\b/i, 1.5],
  ],
};

interface Score { readonly area: Area; readonly weight: number; readonly first: number; readonly words: string[] }

function scoreOf(area: Area, text: string): Score {
  let weight = 0;
  let first = Number.POSITIVE_INFINITY;
  const words: string[] = [];
  for (const [pattern, w] of RULES[area]) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    for (const m of text.matchAll(new RegExp(pattern.source, flags))) {
      weight += w;
      first = Math.min(first, m.index);
      if (words.length < 4) words.push(m[0]);
    }
  }
  return { area, weight, first, words };
}

export interface AreaVerdict {
  readonly area: PracticeArea;
  /** The words that decided it, for the evidence list. */
  readonly because: string;
}

/** The practice area the text is about, or null when no family's words occur. */
export function areaFromText(text: string): AreaVerdict | null {
  const capped = text.slice(0, 20_000);
  const scores = (Object.keys(RULES) as Area[]).map((a) => scoreOf(a, capped)).filter((s) => s.weight > 0);
  const best = scores.sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
  return best ? { area: best.area, because: best.words.map((w) => `"${w}"`).join(', ') } : null;
}

/** A form's own answer ("Family Law", "Wills & Trusts", "DUI/DWI", "Car Accident"); any other answer
 *  names a practice outside the five, so it is "other". */
export function areaFromField(value: string): PracticeArea {
  return areaFromText(value.replace(/\//g, ' / '))?.area
    ?? (/\bfamily\b/i.test(value) ? 'family' : /\bcriminal\b/i.test(value) ? 'criminal_defense' : /\bestate|wills?\b|trusts?\b/i.test(value) ? 'estate_planning' : 'other');
}
