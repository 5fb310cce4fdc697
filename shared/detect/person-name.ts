// People's names as they reach a firm: a display name, a caller-ID listing ("SHAW DEREK", "WIRELESS
// CALLER"), a form field, or a caller introducing themself on a voicemail ("Hi, this is Carla Nunez").

// What caller ID shows when it has no person: carriers' placeholders, places ("SCRANTON PA").
const CALLER_ID_JUNK = /^(wireless caller|cell(ular)? (phone|caller)|unknown( caller| name| number)?|unavailable|not available|private( caller| number| name)?|anonymous|restricted|blocked|no caller id|toll free( call)?|out of area|name not found|unknown name|caller)$/i;
// "SCRANTON PA", "KING OF PRUSSIA PA": caller ID shows the caller's town when it has no name.
const PLACE = /^[A-Z .]+ (A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;
// Organisations, not people: "Main Line Health", "Keystone Office Supply", "Haines Tax Law".
const ORGANISATION = /\b(inc|llc|llp|ltd|corp|co|company|group|law|legal|health|hospital|clinic|medical|office|supply|services?|bank|insurance|center|centre|team|department|dept|court|county|city|state|university|school|church|associates|partners|firm|solutions|marketing|agency|foods|line|intake|reception|support|notifications?|voicemail|website|forms?|wordpress|admin|technology|technologies|systems|communications|networks|phone|wireless|mobile|microsoft|outlook|teams)\b/i;
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|atty|attorney)\.?\s+/i;
const SUFFIX = /,?\s+(esq|md|phd|jd|cpa|rn|jr|sr|ii|iii)\.?$/i;
// Capitalised words that follow a name in speech but are not part of it.
const NOT_NAME_WORDS = new Set(['i', 'im', 'my', 'we', 'the', 'and', 'calling', 'from', 'with', 'at', 'about', 'here', 'hi', 'hello',
  'please', 'regarding', 'returning', 'just', 'um', 'uh', 'yes', 'yeah', 'again', 'ok', 'okay', 'so', 'thanks', 'thank', 'your', 'a', 'an',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'me', 'it', 'sorry', 'good', 'morning', 'afternoon', 'evening']);

const titleCase = (w: string): string => w.split(/([-'’])/).map((p) => (p.length > 1 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p)).join('');

/** A displayable person's name from `raw`, or null when it is not one (an address, a number, a
 *  carrier placeholder, an organisation, a couple). All-caps caller-ID names are title-cased. */
export function cleanPersonName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.normalize('NFC').replace(/[“”"<>]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[-–—,.:;\s]+|[-–—,:;\s]+$/g, '');
  s = s.replace(SUFFIX, '').replace(/\.$/, '');
  // Directories list "Reed, Tasha": the reader says "Tasha Reed".
  const lastFirst = /^([\p{L}'’-]+),\s*([\p{L}'’. -]+)$/u.exec(s);
  if (lastFirst) s = `${lastFirst[2]} ${lastFirst[1]}`;
  if (s.length < 2 || s.length > 60 || /[@\d_/\\|]|https?:/.test(s)) return null;
  if (CALLER_ID_JUNK.test(s) || PLACE.test(s) || ORGANISATION.test(s) || /\b(and|&)\b/i.test(s)) return null;
  const withoutTitle = s.replace(HONORIFIC, '');
  if (withoutTitle.split(' ').length >= 2) s = withoutTitle;
  const words = s.split(' ');
  if (words.length === 1 && HONORIFIC.test(`${s} `)) return null;
  if (words.length > 4 || !words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return null;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.']/g, '')))) return null;
  const shouting = s === s.toUpperCase() && /\p{Lu}{2}/u.test(s);
  // "PENNINGTON S": a caller-ID listing cut to an initial names nobody.
  if (shouting && words.some((w) => w.length === 1)) return null;
  return shouting ? words.map(titleCase).join(' ') : s;
}

// One to three capitalised words ("Carla Nunez", "Mei-Ling Zhou", "Carmen Ibáñez", "O'Brien").
const NAME = "((?:(?:Dr|Mr|Mrs|Ms)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})";
const INTRODUCTIONS = [
  new RegExp(`\\b(?:[Tt]his is|[Mm]y name is|[Mm]y name's|[Ii]t's|[Ii]t is|[Ii]'m|[Ii] am|[Nn]ame is)\\s+${NAME}`, 'gu'),
  // "Luis Ortega here with…", "Marisol Vega calling."
  new RegExp(`(?:^|[,.!?]\\s+|\\n)${NAME}\\s+(?:here|calling)\\b`, 'gu'),
  // "Theo, Harold Quinn. Just a heads up…" (the one called, then the caller)
  new RegExp(`^\\W*(?:(?:[Hh]i|[Hh]ey|[Hh]ello)\\s+)?\\p{Lu}[\\p{L}'-]+,\\s+${NAME}[.,]`, 'gu'),
];

/** The name a speaker or writer gives for themself, preferring a full name over a first name. */
export function selfIntroduction(text: string): string | null {
  const found: string[] = [];
  const head = text.slice(0, 4000);
  for (const pattern of INTRODUCTIONS) {
    for (const m of head.matchAll(pattern)) {
      const name = trimTrailing(m[1]!);
      const clean = cleanPersonName(name);
      if (clean) found.push(clean);
    }
  }
  return found.find((n) => n.includes(' ')) ?? found[0] ?? null;
}

/** "Janet Cole I" → "Janet Cole": speech runs on without punctuation. */
function trimTrailing(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && NOT_NAME_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/['’]/g, ''))) words.pop();
  return words.join(' ');
}

/** True for "Carla Nunez" but not "Carla": a first name alone is a weaker answer. */
export const isFullName = (name: string | null): boolean => Boolean(name && name.trim().includes(' '));
