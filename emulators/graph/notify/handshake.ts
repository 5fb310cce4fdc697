// The validation handshake before a subscription exists: POST {url}?validationToken=… (text/plain);
// the endpoint must answer 200 with the decoded token within 10 s. The token has spaces and colons,
// like Graph's, so an endpoint that echoes the raw (encoded) query value fails here as it would there.
import { randomUUID } from 'node:crypto';

const TIMEOUT_MS = 10_000;

/** null when the endpoint passed; otherwise the reason it did not. */
export async function validateEndpoint(url: string): Promise<{ readonly reason: 'status' | 'echo'; readonly detail: string } | null> {
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
  const target = `${url}${url.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(token)}`;
  try {
    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '', signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await res.text();
    if (res.status !== 200) return { reason: 'status', detail: `answered ${res.status}` };
    return text === token ? null : { reason: 'echo', detail: `answered ${JSON.stringify(text.slice(0, 200))}` };
  } catch (err) {
    return { reason: 'status', detail: String((err as Error).cause ?? err) };
  }
}

/** Graph requires https; the emulator also takes http on the loopback (local receivers in tests). */
export function acceptableUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
