// How long a voicemail is, as phone systems write it: "00:22", "0:41", "00:00:31", "18 seconds",
// "1 min 5 sec", "2 minutes 3 seconds", "65s", or the UM header's bare "23".

const CLOCK = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/;
const UNITS = /(\d{1,5})\s*(h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?|s(?:ec(?:ond)?s?)?)\b/gi;
const MAX_SECONDS = 24 * 3600;

/** Seconds in a duration written on its own, or null. */
export function parseDuration(raw: string): number | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().replace(/^\(|\)$/g, '').trim();
  if (s === '' || s.length > 60) return null;
  if (/^\d{1,5}$/.test(s)) return within(Number(s));
  const clock = CLOCK.exec(s);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    return seconds < 60 && (clock[1] === undefined || minutes < 60) ? within(hours * 3600 + minutes * 60 + seconds) : null;
  }
  let total = 0;
  let found = false;
  for (const m of s.matchAll(UNITS)) {
    const unit = m[2]!.toLowerCase()[0];
    total += Number(m[1]) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
    found = true;
  }
  // Only units and numbers may remain: "1 min 5 sec", not "call me in 5 minutes about the 2 kids".
  const rest = s.replace(UNITS, '').replace(/\b(and)\b|[,\s]/gi, '');
  return found && rest === '' ? within(total) : null;
}

const within = (n: number): number | null => (Number.isFinite(n) && n >= 0 && n <= MAX_SECONDS ? n : null);

// "Length: 00:22", "Duration: 1 min 12 sec", "Message Length: 45 sec", "(18 seconds)", "(0:27)"
const LABELLED = /\b(?:length|duration|message length)\s*:?\s*([0-9][0-9: ]*(?:\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|[hms])\b[\s,]*(?:and\s+)?\d*)*)/i;
const IN_BRACKETS = /\((\d{1,2}:\d{2}(?::\d{2})?|\d{1,5}\s*(?:seconds?|secs?|s)|\d{1,3}\s*(?:minutes?|mins?)(?:\s*\d{1,2}\s*(?:seconds?|secs?|s))?)\)/i;
// "voicemail (0:27)", "- 0:44" at the end of a subject, "duration 1 min 5 sec"
const TRAILING = /(?:-|–|\bduration)\s*(\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*min(?:ute)?s?\s*\d{1,2}\s*sec(?:ond)?s?)\b/i;

/** The voicemail's length stated somewhere in `text` (a body or a subject), or null. */
export function findDuration(text: string): number | null {
  for (const pattern of [LABELLED, IN_BRACKETS, TRAILING]) {
    const m = pattern.exec(text);
    const seconds = m ? parseDuration(m[1]!.trim().replace(/[,\s]+$/, '')) : null;
    if (seconds !== null) return seconds;
  }
  return null;
}
