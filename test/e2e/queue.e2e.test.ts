// The Queue tab in a real browser, on the production build, against the real server: items are
// put into the server's store the way the mailbox scanner does, then read, filtered and closed
// in the pane (demo mode: no Outlook host, so the pane signs in as the demo user).
//   npm run build && npx vitest run --config test/vitest.config.ts test/e2e/queue.e2e.test.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { followUpSchema, type FollowUp, type FollowUpKind } from '../../shared/followup';
import { DEMO_FIRM } from '../../server/auth/demo-issuer';
import { DEMO_USER } from '../../addin/demo/demoMessage';
import { startPaneRig, type PaneRig } from '../helpers/chromium';
import { expectClean, expectNoHorizontalScroll, type Pane } from '../helpers/pane-checks';
import { clearQueue, seedQueue, type SeedItem } from '../helpers/queue-seed';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const ME = DEMO_USER.address;
const PARTNER = 'priya.raman@harrowvale.example';
const VOICEMAIL_LINK = 'https://outlook.office.com/mail/inbox/id/AAMkAGVoicemail%3D';

let rig: PaneRig;
const contexts: BrowserContext[] = [];
const dataDir = () => rig.server.config.dataDir;


beforeAll(async () => {
  rig = await startPaneRig('queue');
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

beforeEach(() => clearQueue(dataDir(), DEMO_FIRM));

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

/** What the scanner would have found overnight: a call, an inquiry, a sent message with no answer, and an ask. */
function morningQueue(): SeedItem[] {
  return [
    {
      kind: 'voicemail', title: 'Voicemail from Jordan Ellis', due: minutesFromNow(-30), sentAt: minutesFromNow(-100),
      subject: 'Voicemail from +1 555-201-3344 (1m 25s)', from: { name: 'Phone system', address: 'voicemail@harrowvale.example' },
      webLink: VOICEMAIL_LINK, snippet: 'Hi, this is Jordan Ellis. I was rear-ended on Route 9 yesterday and need to talk to someone today.',
      details: {
        mailbox: 'intake@harrowvale.example', caller: { name: 'Jordan Ellis', phone: '+15552013344', durationSeconds: 85 }, contact: null,
        practiceArea: 'personal_injury', urgent: true, evidence: ['Sent by the phone system', 'Subject names a voicemail and its length'],
      },
    },
    {
      kind: 'inquiry', title: 'New inquiry: custody modification', owner: PARTNER, due: minutesFromNow(45), sentAt: minutesFromNow(-15),
      subject: 'Website contact form: Maria Gonzalez', from: { name: 'Harrowvale website', address: 'forms@harrowvale.example' },
      details: {
        mailbox: 'intake@harrowvale.example', caller: null, contact: { name: 'Maria Gonzalez', email: 'maria.gonzalez@example.com', phone: '+16175550123' },
        practiceArea: 'family', urgent: false, evidence: ['Form fields: Name, Email, Phone, Message'],
      },
    },
    {
      kind: 'awaiting_reply', title: 'No reply yet: production schedule', owner: ME, due: minutesFromNow(2 * 24 * 60), sentAt: minutesFromNow(-3 * 24 * 60),
      subject: 'Production schedule', from: { name: DEMO_USER.name, address: ME }, webLink: 'https://outlook.office.com/mail/sentitems/id/AAMkSent',
      details: { mailbox: ME, caller: null, contact: null, practiceArea: null, urgent: false, evidence: ['You asked a question and nobody has answered'] },
    },
    { kind: 'ask', title: 'Send the revised draft by Thursday', owner: ME, subject: 'RE: Meridian v. Castellan', details: null },
  ];
}

/** Opens taskpane.html with no Outlook host (demo mode) in a 320-px pane, on the Queue tab. */
async function openQueue(options: { fakeClock?: boolean } = {}): Promise<Pane> {
  const context = await rig.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
  contexts.push(context);
  const offMachine: string[] = [];
  await context.route((url) => !LOCAL_HOSTS.has(url.hostname), async (route) => {
    const url = route.request().url();
    if (!url.startsWith('https://appsforoffice.microsoft.com/')) offMachine.push(url);
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  if (options.fakeClock) await page.clock.install();
  // The pane's CSP (taskpane.html) must not be what stops an injected script: record any violation.
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByRole('tab', { name: 'Queue' }).click();
  await page.locator('[data-testid="queue"][data-loading="false"]').waitFor({ timeout: 15_000 });
  return { page, pageErrors, offMachine };
}

const card = (page: Page, text: string): Locator => page.getByTestId('queue-item').filter({ hasText: text });
const count = (page: Page, key: 'all' | FollowUpKind) =>
  page.locator(`[data-testid="queue-filter"][data-key="${key}"] [data-testid="queue-count"]`).textContent();
const filter = (page: Page, key: 'all' | FollowUpKind) => page.locator(`[data-testid="queue-filter"][data-key="${key}"]`).click();
const titles = (page: Page) => page.getByTestId('queue-title').allTextContents();

async function getFollowUp(id: string): Promise<FollowUp> {
  const token = await fetch(`${rig.server.url}/api/demo/token?user=${encodeURIComponent(ME)}`).then((r) => r.json() as Promise<{ token: string }>);
  const res = await fetch(`${rig.server.url}/api/followups/${id}`, { headers: { authorization: `Bearer ${token.token}` } });
  expect(res.status).toBe(200);
  return followUpSchema.parse(await res.json());
}


describe('queue tab', () => {
  it('lists calls, inquiries and sent mail awaiting a reply with who, what, when and links', async () => {
    seedQueue(dataDir(), DEMO_FIRM, morningQueue());
    const pane = await openQueue();
    const { page } = pane;
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(4);
    // Soonest due first: the overdue call leads.
    expect((await titles(page))[0]).toBe('Voicemail from Jordan Ellis');

    const call = card(page, 'Voicemail from Jordan Ellis');
    expect(await call.getByTestId('queue-kind').textContent()).toBe('Call');
    expect(await call.getByTestId('queue-urgent').isVisible()).toBe(true);
    expect(await call.getByTestId('queue-meta').textContent()).toContain('Unassigned');
    const due = call.getByTestId('queue-due');
    expect(await due.getAttribute('data-overdue')).toBe('true');
    expect(await due.textContent()).toMatch(/^Overdue, due 30 minutes ago$/);
    const [r, g] = (await due.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)?.map(Number) ?? [];
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    const party = call.getByTestId('queue-party');
    expect(await party.textContent()).toContain('Jordan Ellis');
    expect(await party.textContent()).toContain('1 min 25 s');
    expect(await party.textContent()).toContain('Personal injury');
    const tel = call.getByTestId('queue-tel');
    expect(await tel.getAttribute('href')).toBe('tel:+15552013344');
    expect(await tel.textContent()).toBe('(555) 201-3344');
    expect(await call.getByTestId('queue-snippet').textContent()).toContain('rear-ended on Route 9');
    expect(await call.getByTestId('queue-source').textContent()).toBe('Voicemail from +1 555-201-3344 (1m 25s) · from Phone system · 2 hours ago');
    const open = call.getByTestId('queue-open');
    expect(await open.getAttribute('href')).toBe(VOICEMAIL_LINK);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toContain('noopener');
    await call.getByRole('button', { name: 'Why?' }).click();
    expect(await call.getByTestId('queue-evidence').textContent()).toContain('Sent by the phone system');

    const inquiry = card(page, 'New inquiry: custody modification');
    expect(await inquiry.getByTestId('queue-kind').textContent()).toBe('Inquiry');
    expect(await inquiry.getByTestId('queue-meta').textContent()).toBe(`${PARTNER} · Due in 45 minutes`);
    expect(await inquiry.getByTestId('queue-due').getAttribute('data-overdue')).toBe('false');
    expect(await inquiry.getByTestId('queue-mailto').getAttribute('href')).toBe('mailto:maria.gonzalez@example.com');
    expect(await inquiry.getByTestId('queue-tel').getAttribute('href')).toBe('tel:+16175550123');
    expect(await inquiry.getByTestId('queue-tel').textContent()).toBe('(617) 555-0123');
    expect(await inquiry.getByTestId('queue-party').textContent()).toContain('Family law');
    expect(await inquiry.getByTestId('queue-party').textContent()).toContain('Maria Gonzalez');
    expect(await inquiry.getByTestId('queue-open').count(), 'no link without a web link').toBe(0);

    const awaiting = card(page, 'No reply yet: production schedule');
    expect(await awaiting.getByTestId('queue-kind').textContent()).toBe('Awaiting reply');
    expect(await awaiting.getByTestId('queue-meta').textContent()).toBe('You · Due in 2 days');
    expect(await awaiting.getByTestId('queue-urgent').count()).toBe(0);

    const ask = card(page, 'Send the revised draft by Thursday');
    expect(await ask.getByTestId('queue-kind').textContent()).toBe('Ask');
    expect(await ask.getByRole('button', { name: 'Why?' }).count(), 'an ask saved from the pane has no scanner evidence').toBe(0);

    await expectNoHorizontalScroll(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue.png'), fullPage: true });
    expectClean(pane);
  });

  it('switches between the message and the queue without reading the message again', async () => {
    seedQueue(dataDir(), DEMO_FIRM, morningQueue().slice(0, 1));
    const pane = await openQueue();
    const { page } = pane;
    await page.getByTestId('queue-item').waitFor();
    expect(await page.getByRole('tab', { name: 'Queue' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('suggestions').isVisible()).toBe(false);
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'This message' }).click();
    await page.locator('[data-testid="suggestions"][data-status="done"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('queue').isVisible()).toBe(false);
    const suggestions = await page.getByTestId('suggestion-text').allTextContents();
    expect(suggestions.length).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Queue' }).click();
    expect(await page.getByTestId('queue-item').isVisible()).toBe(true);
    expect(await page.getByTestId('suggestions').isVisible()).toBe(false);
    await page.getByRole('tab', { name: 'This message' }).click();
    // Still the same, finished suggestions: the message view stayed mounted while hidden.
    expect(await page.getByTestId('suggestions').getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('suggestion-text').allTextContents()).toEqual(suggestions);
    await expectNoHorizontalScroll(page);
    expectClean(pane);
  });

  it('filters by kind and by owner, with counts, and says when a filter is empty', async () => {
    seedQueue(dataDir(), DEMO_FIRM, morningQueue());
    const pane = await openQueue();
    const { page } = pane;
    await expect.poll(() => count(page, 'all')).toBe('4');
    expect(await Promise.all((['voicemail', 'inquiry', 'awaiting_reply', 'commitment', 'ask'] as const).map((k) => count(page, k)))).toEqual(['1', '1', '1', '0', '1']);

    await filter(page, 'voicemail');
    expect(await titles(page)).toEqual(['Voicemail from Jordan Ellis']);
    expect(await page.locator('[data-testid="queue-filter"][data-key="voicemail"]').getAttribute('aria-pressed')).toBe('true');
    await filter(page, 'inquiry');
    expect(await titles(page)).toEqual(['New inquiry: custody modification']);
    await filter(page, 'commitment');
    expect(await page.getByTestId('queue-item').count()).toBe(0);
    expect(await page.getByTestId('queue').getByTestId('empty-state').textContent())
      .toBe('No open commitmentsNew calls and inquiries appear here within seconds.');

    // Only mine: the demo user owns the awaiting reply and the ask.
    await filter(page, 'all');
    await page.getByRole('switch', { name: 'Only mine' }).check();
    await expect.poll(() => count(page, 'all')).toBe('2');
    expect(await titles(page)).toEqual(['No reply yet: production schedule', 'Send the revised draft by Thursday']);
    expect(await count(page, 'voicemail')).toBe('0');
    await filter(page, 'voicemail');
    expect(await page.getByTestId('queue').getByTestId('empty-state').textContent()).toContain('No calls waiting for you');
    await page.getByRole('switch', { name: 'Only mine' }).uncheck();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(1);

    // Refresh picks up what arrived since.
    seedQueue(dataDir(), DEMO_FIRM, [{ kind: 'voicemail', title: 'Voicemail from Sam Ortiz', due: minutesFromNow(60), subject: 'Voicemail', details: {
      mailbox: 'intake@harrowvale.example', caller: { name: 'Sam Ortiz', phone: null, durationSeconds: 12 }, contact: null, practiceArea: null, urgent: false, evidence: [],
    } }]);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => count(page, 'voicemail')).toBe('2');
    expect(await titles(page)).toEqual(['Voicemail from Jordan Ellis', 'Voicemail from Sam Ortiz']);
    expect(await card(page, 'Sam Ortiz').getByTestId('queue-tel').count(), 'no number, no link').toBe(0);
    await expectNoHorizontalScroll(page);
    expectClean(pane);
  });

  it('refreshes itself every 30 seconds while the Queue tab is shown, and not while it is hidden', async () => {
    seedQueue(dataDir(), DEMO_FIRM, morningQueue().slice(0, 1));
    const pane = await openQueue({ fakeClock: true });
    const { page } = pane;
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(1);
    const lists: string[] = [];
    page.on('request', (req) => { if (new URL(req.url()).pathname === '/api/followups') lists.push(req.url()); });

    seedQueue(dataDir(), DEMO_FIRM, morningQueue().slice(1, 2));
    await page.clock.runFor(25_000);
    expect(await page.getByTestId('queue-item').count(), 'not before 30 s').toBe(1);
    await page.clock.runFor(6_000);
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(2);
    expect(lists).toHaveLength(1);

    // On the message tab the queue stops asking; back on the Queue tab it catches up at once.
    await page.getByRole('tab', { name: 'This message' }).click();
    await page.clock.runFor(95_000);
    expect(lists).toHaveLength(1);
    await page.getByRole('tab', { name: 'Queue' }).click();
    await expect.poll(() => lists.length).toBe(2);
    expectClean(pane);
  });

  it('marks an item done or dismissed on the server and takes it off the list', async () => {
    const [call, inquiry] = seedQueue(dataDir(), DEMO_FIRM, morningQueue());
    const pane = await openQueue();
    const { page } = pane;
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(4);

    await card(page, 'Voicemail from Jordan Ellis').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(3);
    await expect.poll(async () => (await getFollowUp(call?.id ?? '')).status).toBe('done');
    expect(await count(page, 'voicemail')).toBe('0');

    await card(page, 'New inquiry: custody modification').getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(2);
    await expect.poll(async () => (await getFollowUp(inquiry?.id ?? '')).status).toBe('dismissed');
    expect(await page.getByTestId('error-bar').count()).toBe(0);
    expectClean(pane);
  });

  it('puts the item back and explains when the server refuses the change', async () => {
    const [call] = seedQueue(dataDir(), DEMO_FIRM, morningQueue());
    const pane = await openQueue();
    const { page } = pane;
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(4);
    let refused = 0;
    await page.route(`**/api/followups/${call?.id ?? ''}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      refused += 1;
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'internal_error', message: 'The Onus server hit a problem. Try again.' }) });
    });

    await card(page, 'Voicemail from Jordan Ellis').getByRole('button', { name: 'Done' }).click();
    const bar = page.getByTestId('queue').getByTestId('error-bar');
    await bar.waitFor({ timeout: 10_000 });
    expect(await bar.textContent()).toContain("Couldn't update that item");
    expect(await bar.textContent()).toContain('The Onus server hit a problem. Try again.');
    expect(refused).toBe(1);
    await expect.poll(() => card(page, 'Voicemail from Jordan Ellis').count()).toBe(1);
    expect(await count(page, 'voicemail')).toBe('1');
    expect((await getFollowUp(call?.id ?? '')).status).toBe('open');

    await bar.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByTestId('queue').getByTestId('error-bar').count()).toBe(0);
    expectClean(pane);
  });

  it('shows load failures with Retry', async () => {
    const pane = await openQueue();
    const { page } = pane;
    await page.getByTestId('queue').getByTestId('empty-state').waitFor();
    seedQueue(dataDir(), DEMO_FIRM, morningQueue().slice(0, 1));
    const isList = (url: URL) => url.pathname === '/api/followups';
    await page.route(isList, (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }));
    await page.getByRole('button', { name: 'Refresh' }).click();
    const bar = page.getByTestId('queue').getByTestId('error-bar');
    await bar.waitFor({ timeout: 10_000 });
    expect(await bar.textContent()).toContain("Couldn't load the queue");
    await page.unroute(isList);
    await bar.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(1);
    expect(await page.getByTestId('queue').getByTestId('error-bar').count()).toBe(0);
    expectClean(pane);
  });

  it('renders markup in email-derived fields as text and runs none of it', async () => {
    const payload = (tag: string) => `<img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script><b id="injected-${tag}">bold</b>`;
    seedQueue(dataDir(), DEMO_FIRM, [
      {
        kind: 'voicemail', title: payload('title'), snippet: payload('snippet'), subject: payload('subject'), due: minutesFromNow(10),
        from: { name: payload('from'), address: 'x@harrowvale.example' },
        details: {
          mailbox: 'intake@harrowvale.example', caller: { name: payload('caller'), phone: 'javascript:alert(1)', durationSeconds: 5 },
          contact: { name: payload('contact'), email: 'a@b.example?subject=<script>', phone: null }, practiceArea: null, urgent: false, evidence: [payload('evidence')],
        },
      },
    ]);
    const pane = await openQueue();
    const { page } = pane;
    const item = page.getByTestId('queue-item');
    await item.waitFor();
    await item.getByRole('button', { name: 'Why?' }).click();
    expect(await item.getByTestId('queue-title').textContent()).toBe(payload('title'));
    expect(await item.getByTestId('queue-snippet').textContent()).toBe(payload('snippet'));
    expect(await item.getByTestId('queue-party').textContent()).toContain(payload('caller'));
    expect(await item.getByTestId('queue-party').textContent()).toContain(payload('contact'));
    expect(await item.getByTestId('queue-party').textContent()).toContain('javascript:alert(1)');
    expect(await item.getByTestId('queue-evidence').textContent()).toBe(payload('evidence'));
    // Neither the non-number nor the address with URL syntax became a link.
    expect(await item.locator('a').count()).toBe(0);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: document.querySelectorAll('[id^="injected-"], img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
      violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    }));
    expect(state).toEqual({ pwned: undefined, injected: 0, scripts: 0, violations: [] });
    await expectNoHorizontalScroll(page);
    expectClean(pane);
  });
});
