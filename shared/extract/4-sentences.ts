// Stage 4: sentences, each exactly as written (the follow-up's title is the sender's sentence).
// Lines that end without punctuation and continue in lower case are soft wraps and are joined.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'no', 'nos', 'inc', 'co', 'corp', 'ltd', 'llc', 'llp', 'v', 'vs',
  'e.g', 'i.e', 'etc', 'esq', 'fed', 'r', 'evid', 'civ', 'p', 'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'approx', 'ex', 'para', 'sec', 'cf',
]);

function units(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    // Quoted text run into a line ("Thanks, Tim > We had discussed…") and an inline "____"
    // rule end what the sender wrote on that line.
    const cut = raw.replace(/(\s>+\s|_{5,}).*$/, '');
    const line = cut.trim();
    const prev = out[out.length - 1];
    if (line === '') { out.push(''); continue; }
    if (prev && !/[.?!:;,\-–—)]$/.test(prev) && /^[a-z(]/.test(line)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
    if (cut.length < raw.length) out.push(''); // what followed the cut was not this sender's: no joining onto it
  }
  return out.filter((u) => u !== '');
}

/** Split one line into sentences at . ? ! followed by a space and a capital, quote or digit. */
function splitUnit(unit: string): string[] {
  const out: string[] = [];
  let start = 0;
  // After "?" or "!" a sentence may start in lower case ("what day is it?? also can u…"); after "." it
  // must not, or "approx. ten" would split. Emoji may close a sentence ("Thanks! 🙏 Can you…").
  // A run of terminators is matched only from its start ("(?<![.?!])"), which keeps a 200 000-dot
  // line linear instead of quadratic.
  const boundary = /(?<![.?!])([.?!]+)(?:["'”’)]|\s?[\p{Extended_Pictographic}\u{FE0F}\u{200D}])*\s+(?=["'“‘(¿¡]?[\p{Lu}0-9])|(?<![.?!])([?!]+)(?:["'”’)]|\s?[\p{Extended_Pictographic}\u{FE0F}\u{200D}])*\s+(?=\p{Ll})/gu;
  for (let m = boundary.exec(unit); m; m = boundary.exec(unit)) {
    const before = unit.slice(start, m.index);
    const lastWord = /([\w.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if ((m[1] ?? m[2]) === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push(unit.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = unit.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function sentences(text: string): string[] {
  return units(text).flatMap(splitUnit);
}
