// XSS: script-bearing text in stored follow-ups (title, owner, snippet, subject, sender name) and in the
// open message (subject, names), rendered by the production task pane in Chromium under the server's
// CSP. Nothing may run, nothing may be injected, and the pane itself must cause no CSP violation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start';
import { request } from '../helpers/server';
import { ASSOCIATE, IANA_ZONE, PARTNER, anHourAgo, message } from '../helpers/taskpane-messages';
import { startPaneRig, type PaneRig } from '../helpers/chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STANDIN = readFileSync(path.join(ROOT, 'test', 'helpers', 'office-host-standin.js'), 'utf8');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg/onload=window.__pwned=3>',
  "javascript:window.__pwned=4//",
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=6")()}}',
];
const title = (i: number) => `Please file the brief ${PAYLOADS[i % PAYLOADS.length] ?? ''} by Friday.`;

let rig: PaneRig;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  rig = await startPaneRig('xss');
  ({ server, browser } = rig);
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

describe('the task pane with hostile stored follow-ups', () => {
  it('renders every payload as text; no script runs, no element is injected, no CSP violation', async () => {
    const hostileName = `Eve ${PAYLOADS[1] ?? ''}`;
    const msg = message('xss', `RE: ${PAYLOADS[0] ?? ''} merger`, 'Dana,\n\nThanks.\n\nPriya', anHourAgo(new Date()), {
      from: { displayName: hostileName, emailAddress: PARTNER.emailAddress },
    });
    const tokenReply = await request(server.url, `/api/demo/token?user=${encodeURIComponent(ASSOCIATE.emailAddress)}`);
    const token = (tokenReply.body as { token: string }).token;
    let saved = 0;
    for (let i = 0; i < PAYLOADS.length; i += 1) {
      const owner = i === 0 ? `"<script>window.__pwned=7</script>"@harrowvale.example` : ASSOCIATE.emailAddress;
      const reply = await request(server.url, '/api/followups', {
        token,
        json: {
          kind: 'ask', title: title(i), owner, due: null, snippet: `${PAYLOADS[i] ?? ''} snippet`,
          source: { messageId: msg.itemId, conversationId: msg.conversationId, subject: msg.subject, from: { name: hostileName, address: PARTNER.emailAddress } },
        },
      });
      if (reply.status === 201) saved += 1;
      else expect(reply.status).toBe(400); // an owner that is not an address is refused, not stored
    }
    expect(saved).toBeGreaterThanOrEqual(PAYLOADS.length - 1);

    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'en-US', timezoneId: IANA_ZONE });
    try {
      await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), async (route) => {
        if (route.request().url().startsWith(OFFICE_CDN)) await route.fulfill({ status: 200, contentType: 'text/javascript', body: STANDIN });
        else await route.abort('blockedbyclient');
      });
      await context.addInitScript((m) => {
        (window as unknown as { __onusTestMessage: unknown }).__onusTestMessage = m;
        const violations: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      }, msg);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (err) => pageErrors.push(err.message));
      const response = await page.goto(`${server.url}/taskpane.html`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self' https://appsforoffice.microsoft.com");

      await page.getByTestId('followup').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByTestId('followup').count(), { timeout: 10_000 }).toBe(saved);
      const texts = (await page.getByTestId('followup').allTextContents()).join('\n');
      for (let i = 1; i < PAYLOADS.length; i += 1) expect(texts).toContain(title(i));
      expect(await page.getByTestId('message-subject').textContent()).toBe(msg.subject);
      await page.waitForTimeout(300);

      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        injected: document.querySelectorAll('#root script, #root img[src="x"], #root svg[onload], #root iframe').length,
        violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      }));
      // The pane tells zod not to probe for eval (addin/csp.ts), so not even that shows up.
      expect(state).toEqual({ pwned: undefined, injected: 0, violations: [] });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
