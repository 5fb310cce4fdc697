// Outlook's userProfile.timeZone may be a Windows zone name ("Eastern Standard Time") or a
// display name ("(UTC-05:00) Eastern Time (US & Canada)") rather than an IANA zone.
// This maps the common ones (from CLDR windowsZones.xml, territory "001") and otherwise
// falls back to the browser's own zone.
import { browserZone } from '../format/zonedTime';

const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'UTC': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

// "(UTC-05:00) Eastern Time (US & Canada)" → the Windows id it displays.
const DISPLAY_TO_WINDOWS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Eastern Time \(US & Canada\)/i, 'Eastern Standard Time'],
  [/Central Time \(US & Canada\)/i, 'Central Standard Time'],
  [/Mountain Time \(US & Canada\)/i, 'Mountain Standard Time'],
  [/Pacific Time \(US & Canada\)/i, 'Pacific Standard Time'],
  [/Dublin, Edinburgh, Lisbon, London/i, 'GMT Standard Time'],
  [/Amsterdam, Berlin, Bern, Rome/i, 'W. Europe Standard Time'],
  [/Brussels, Copenhagen, Madrid, Paris/i, 'Romance Standard Time'],
  [/Coordinated Universal Time/i, 'UTC'],
];

/** True when the runtime's Intl knows `zone` as an IANA zone. */
export function isKnownZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone for whatever Outlook reported; `fallback` when it is empty or unknown. */
export function toIanaZone(reported: string | null | undefined, fallback: string = browserZone()): string {
  const name = (reported ?? '').trim();
  if (!name) return fallback;
  if (isKnownZone(name)) return name;
  const windowsId = WINDOWS_TO_IANA[name] ? name : DISPLAY_TO_WINDOWS.find(([re]) => re.test(name))?.[1];
  const iana = windowsId ? WINDOWS_TO_IANA[windowsId] : undefined;
  return iana && isKnownZone(iana) ? iana : fallback;
}
