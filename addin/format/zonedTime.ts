// Wall-clock dates and times in the mailbox zone, with Intl only (no date library in the pane).
// Due dates travel as ISO instants with an offset; the pane shows and edits them as the mailbox
// user sees them: "2026-01-15" at "17:00" in America/New_York ⇄ "2026-01-15T17:00:00-05:00".

/** The browser's own zone, or UTC if even that is unknown. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

interface WallClock { year: number; month: number; day: number; hour: number; minute: number }

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(epochMs: number, timeZone: string): WallClock {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(fmt.formatToParts(epochMs).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

/** Minutes east of UTC that `timeZone` is at `epochMs` (New York in winter: -300). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/** "2026-01-15" for the instant's date in `timeZone`; null if `iso` is not a date. */
export function localDate(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const w = wallClock(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** "17:00" for the instant's wall-clock time in `timeZone`; null if `iso` is not a date. */
export function localTime(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant that reads `date` `time` on a wall clock in `timeZone`, with that offset. */
export function instantFromLocal(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wallAsUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Two passes settle the offset across a DST change.
  let offset = zoneOffsetMinutes(timeZone, wallAsUtc);
  offset = zoneOffsetMinutes(timeZone, wallAsUtc - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
