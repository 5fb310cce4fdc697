// Phone numbers, addresses and call lengths as people read them, and the only links built from
// scanner text: numbers arrive as E.164 ("+15551234567"); anything else is shown, never linked.

const E164 = /^\+[1-9]\d{6,14}$/;
// No spaces, no URL syntax: a plain address cannot smuggle ?subject= or &body= into the link.
const PLAIN_ADDRESS = /^[^\s@?&#/:<>"]+@[^\s@?&#/:<>"]+\.[^\s@?&#/:<>"]+$/;

/** The `tel:` href for an E.164 number, or null when it is not one. */
export function telHref(phone: string | null): string | null {
  return phone && E164.test(phone) ? `tel:${phone}` : null;
}

/** "(555) 123-4567" for North American numbers; other numbers stay in E.164, which any phone dials. */
export function formatPhone(phone: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : phone;
}

/** The `mailto:` href for a plain address, or null. */
export function mailtoHref(email: string | null): string | null {
  return email && PLAIN_ADDRESS.test(email) ? `mailto:${email}` : null;
}

/** "45 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return rest > 0 ? `${m} min ${rest} s` : `${m} min`;
}

/** The message link, only when it is http(s): anything else (javascript:, data:) is dropped. */
export function webHref(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
