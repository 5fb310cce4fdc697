// Wall time <-> instant for dateTimeTimeZone values. Graph accepts IANA names and Windows names
// ("Pacific Standard Time"); the common Windows ones are mapped to IANA, Intl does the rest.

const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'utc': 'UTC', 'coordinated universal time': 'UTC', 'gmt standard time': 'Europe/London',
  'pacific standard time': 'America/Los_Angeles', 'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix', 'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York', 'atlantic standard time': 'America/Halifax',
  'alaskan standard time': 'America/Anchorage', 'hawaiian standard time': 'Pacific/Honolulu',
  'w. europe standard time': 'Europe/Berlin', 'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest', 'e. europe standard time': 'Europe/Chisinau',
  'india standard time': 'Asia/Kolkata', 'tokyo standard time': 'Asia/Tokyo',
  'china standard time': 'Asia/Shanghai', 'aus eastern standard time': 'Australia/Sydney',
};

const IANA_TO_WINDOWS: Readonly<Record<string, string>> = {
  'UTC': 'UTC', 'Europe/London': 'GMT Standard Time', 'America/Los_Angeles': 'Pacific Standard Time',
  'America/Denver': 'Mountain Standard Time', 'America/Chicago': 'Central Standard Time',
  'America/New_York': 'Eastern Standard Time', 'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time', 'Asia/Kolkata': 'India Standard Time', 'Asia/Tokyo': 'Tokyo Standard Time',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone for a Graph time zone name, or null when neither Windows nor IANA knows it. */
export function ianaZone(name: string): string | null {
  const mapped = WINDOWS_TO_IANA[name.trim().toLowerCase()];
  if (mapped !== undefined) return mapped;
  try {
    formatterFor(name);
    return name;
  } catch {
    return null;
  }
}

/** Windows name Outlook shows for a zone (falls back to the IANA name). */
export function windowsZoneName(iana: string): string {
  return IANA_TO_WINDOWS[iana] ?? iana;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, as UTC-epoch milliseconds of that wall time. */
function wallMs(zone: string, ms: number): number {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const n = (k: string) => Number(parts[k]);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) + (ms % 1000 + 1000) % 1000;
}

/** "2019-03-15T09:00:00(.0000000)" in `zone` → epoch ms; NaN when the wall time does not parse. */
export function wallToInstant(wall: string, zone: string): number {
  const asUtc = Date.parse(`${wall.replace(/Z$/, '').slice(0, 23)}Z`);
  if (Number.isNaN(asUtc)) return Number.NaN;
  // Two passes settle the offset, including across a DST change.
  let guess = asUtc - (wallMs(zone, asUtc) - asUtc);
  guess = asUtc - (wallMs(zone, guess) - guess);
  return guess;
}

/** Epoch ms → "2019-03-15T09:00:00.0000000" wall time in `zone` (Graph's dateTime format). */
export function instantToWall(ms: number, zone: string): string {
  return `${new Date(wallMs(zone, ms)).toISOString().slice(0, 19)}.0000000`;
}
