// Phone numbers as people and phone systems write them, normalised to E.164. A number without a
// country code is taken as North American (+1), the firms Onus serves being US firms.

export interface FoundPhone {
  /** As written. */
  readonly raw: string;
  readonly e164: string;
  /** Where it starts in the text searched. */
  readonly index: number;
}

// "+44 20 7946 0321", "+55 11 95555-0142", "+1 (484) 555-0190", "(215) 555-0142", "484.555.0176",
// "2155550168", "1-800-555-0150". Not part of a longer run of digits, a date or a docket number.
const PHONE = /(?<![\w+/-]|\d[.-])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]?\d{2,5}){1,4}|(?:1[\s.-])?\(\d{3}\)\s?\d{3}[\s.-]?\d{4}|(?:1[\s.-])?\d{3}[\s.-]\d{3}[\s.-]\d{4}|1?\d{10})(?![\w-]|[.]\d)/g;

/** E.164 for one written number, or null when it is not a plausible phone number. */
export function normalizePhone(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (/^\+/.test(trimmed) || /^00[1-9]/.test(digits)) {
    const intl = /^\+/.test(trimmed) ? digits : digits.slice(2);
    // ITU-T E.164: at most 15 digits; shorter than 8 is an extension or a short code.
    if (intl.length < 8 || intl.length > 15) return null;
    if (intl.startsWith('1') && !isNanp(intl.slice(1))) return null;
    return `+${intl}`;
  }
  if (digits.length === 11 && digits.startsWith('1')) return isNanp(digits.slice(1)) ? `+${digits}` : null;
  if (digits.length === 10) return isNanp(digits) ? `+1${digits}` : null;
  return null;
}

/** A North American number: area code and exchange never start with 0 or 1. */
const isNanp = (ten: string): boolean => /^[2-9]\d{2}[2-9]\d{6}$/.test(ten);

/** Every phone number in `text`, in order. */
export function findPhones(text: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  for (const m of text.slice(0, 100_000).matchAll(PHONE)) {
    const e164 = normalizePhone(m[0]);
    if (e164) out.push({ raw: m[0], e164, index: m.index });
    if (out.length >= 50) break;
  }
  return out;
}

/** The first phone number in `text`, or null. */
export const firstPhone = (text: string): string | null => findPhones(text)[0]?.e164 ?? null;
