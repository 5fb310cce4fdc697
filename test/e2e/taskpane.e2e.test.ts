// The task pane in a real browser, on the production build, against the real server.
// Office.js is answered by a local Outlook host stand-in (test/helpers/office-host-standin.js)
// so taskpane.html is tested unchanged; any other request off this machine fails the test.
//   npm run build && npx vitest run --config test/vitest.config.ts test/e2e
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractAsks } from '../../shared/extract/index';
import { followUpListSchema, type FollowUp } from '../../shared/followup';
import type { RunningServer } from '../../server/start';
import { startPaneRig, type PaneRig } from '../helpers/chromium';
import { expectClean, expectNoHorizontalScroll, type Pane } from '../helpers/pane-checks';
import {
  ASKS_BODY, ASSOCIATE, HOSTILE_BODY, HOSTILE_SUBJECT, IANA_ZONE, PARALEGAL,
  anHourAgo, asEmailMessage, longThreadBody, message, type StandinMessage,
} from '../helpers/taskpane-messages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const STANDIN = readFileSync(path.join(ROOT, 'test', 'helpers', 'office-host-standin.js'), 'utf8');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

let rig: PaneRig;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];


beforeAll(async () => {
  rig = await startPaneRig('e2e');
  ({ server, browser } = rig);
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** Opens taskpane.html in a 320-px pane with Outlook showing `msg` (or no Outlook host at all). */
async function openPane(msg: StandinMessage | null, office: 'standin' | 'unreachable' = 'standin'): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'en-US', timezoneId: IANA_ZONE });
  contexts.push(context);
  const offMachine: string[] = [];
  await context.route((url) => !LOCAL_HOSTS.has(url.hostname), async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      if (office === 'standin') await route.fulfill({ status: 200, contentType: 'text/javascript', body: STANDIN });
      else await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return;
    }
    offMachine.push(url);
    await route.abort('blockedbyclient');
  });
  if (msg) {
    await context.addInitScript((m: StandinMessage) => {
      const body = m.bodyRepeat ? m.bodyRepeat.text.repeat(Math.ceil(m.bodyRepeat.length / m.bodyRepeat.text.length)).slice(0, m.bodyRepeat.length) : m.body;
      (window as unknown as { __onusTestMessage: unknown }).__onusTestMessage = { ...m, body };
    }, msg);
  }
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(`${server.url}/taskpane.html`);
  return { page, pageErrors, offMachine };
}

async function apiToken(user: string): Promise<string> {
  const res = await fetch(`${server.url}/api/demo/token?user=${encodeURIComponent(user)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function listFollowUps(user: string, query: Record<string, string>): Promise<FollowUp[]> {
  const res = await fetch(`${server.url}/api/followups?${new URLSearchParams(query).toString()}`, {
    headers: { authorization: `Bearer ${await apiToken(user)}` },
  });
  expect(res.status).toBe(200);
  return followUpListSchema.parse(await res.json()).items;
}

function suggestionCard(page: Page, text: string) {
  return page.getByTestId('suggestion').filter({ has: page.getByTestId('suggestion-text').getByText(text, { exact: true }) });
}


describe('task pane in Outlook (Office host stand-in)', () => {
  it('suggests asks, tracks one in the firm queue, lists it, and marks it done', async () => {
    const msg = message('asks', 'RE: Meridian v. Castellan: motion to compel', ASKS_BODY, anHourAgo(new Date()));
    const expected = extractAsks(asEmailMessage(msg));
    const draft = expected.find((s) => s.text === 'Can you send the revised draft by Thursday?');
    expect(draft, 'the extraction rules should find the draft request').toBeDefined();
    expect(expected.map((s) => s.text)).toEqual(expect.arrayContaining([
      'Can you send the revised draft by Thursday?', 'Please confirm the filing deadline by Friday.', "I'll call opposing counsel tomorrow.",
    ]));
    const pane = await openPane(msg);
    const { page } = pane;

    await expect.poll(() => page.getByTestId('suggestion').count(), { timeout: 20_000 }).toBe(expected.length);
    const card = suggestionCard(page, 'Can you send the revised draft by Thursday?');
    await expect.poll(() => card.getByTestId('owner-picker').textContent()).toContain(ASSOCIATE.displayName);
    expect(await card.getByLabel('Due').inputValue()).toBe(draft?.due?.slice(0, 10));
    const dueLabel = new Intl.DateTimeFormat('en-US', { timeZone: IANA_ZONE, weekday: 'short', month: 'short', day: 'numeric' }).format(Date.parse(draft?.due ?? ''));
    expect(await card.textContent()).toContain(dueLabel);
    expect(await suggestionCard(page, "I'll call opposing counsel tomorrow.").getByTestId('kind').textContent()).toBe('Commitment');

    // Why? shows the evidence.
    await card.getByRole('button', { name: 'Why?' }).click();
    expect(await card.getByTestId('evidence').textContent()).toContain(draft?.evidence.trigger ?? '');

    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByTestId('tracked').waitFor({ timeout: 10_000 });

    const open = await listFollowUps(ASSOCIATE.emailAddress, { conversationId: msg.conversationId, status: 'open' });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      kind: 'ask', title: 'Can you send the revised draft by Thursday?', owner: ASSOCIATE.emailAddress, status: 'open',
      source: { conversationId: msg.conversationId, messageId: msg.itemId, internetMessageId: msg.internetMessageId, subject: msg.subject },
    });
    expect(Date.parse(open[0]?.due ?? '')).toBe(Date.parse(draft?.due ?? ''));

    // Reassign the second ask to the paralegal before accepting it.
    const confirm = suggestionCard(page, 'Please confirm the filing deadline by Friday.');
    await confirm.getByTestId('owner-picker').click();
    await page.getByRole('option', { name: PARALEGAL.displayName }).click();
    await confirm.getByRole('button', { name: 'Accept' }).click();
    await confirm.getByTestId('tracked').waitFor({ timeout: 10_000 });
    const afterSecond = await listFollowUps(ASSOCIATE.emailAddress, { conversationId: msg.conversationId, status: 'open' });
    expect(afterSecond.find((f) => f.title.startsWith('Please confirm'))?.owner).toBe(PARALEGAL.emailAddress);

    const tracked = page.getByTestId('followup').filter({ hasText: 'Can you send the revised draft by Thursday?' });
    await tracked.waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('followup').count()).toBe(2);
    await expectNoHorizontalScroll(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-full.png'), fullPage: true });

    await tracked.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByTestId('followup').count(), { timeout: 10_000 }).toBe(1);
    const done = await listFollowUps(ASSOCIATE.emailAddress, { conversationId: msg.conversationId, status: 'done' });
    expect(done.map((f) => f.title)).toEqual(['Can you send the revised draft by Thursday?']);
    expectClean(pane);
  });

  it('follows a pinned pane to the next item and asks for a received message in compose mode', async () => {
    const first = message('pin-1', 'RE: Engagement letter', ASKS_BODY, anHourAgo(new Date()));
    const pane = await openPane(first);
    const { page } = pane;
    await page.getByTestId('suggestion').first().waitFor({ timeout: 20_000 });
    const second = message('pin-2', 'Closing checklist', 'Marcus,\n\nPlease send the closing checklist by Monday.\n\nPriya', anHourAgo(new Date()));
    await page.evaluate((m) => (window as unknown as { __onusStandin: { switchItem(x: unknown): void } }).__onusStandin.switchItem(m), second);
    await expect.poll(() => page.getByTestId('message-subject').textContent()).toBe('Closing checklist');
    await page.evaluate((m) => (window as unknown as { __onusStandin: { switchItem(x: unknown): void } }).__onusStandin.switchItem(m), { ...second, compose: true });
    await page.getByText('Open a received message').waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __onusStandin: { calls: string[] } }).__onusStandin.calls);
    expect(calls).toContain('body.getAsync:text');
    expectClean(pane);
  });
});

describe('task pane without an Outlook host', () => {
  it('shows the demo banner and suggestions for the built-in demo message', async () => {
    const pane = await openPane(null, 'unreachable');
    const { page } = pane;
    await page.getByTestId('demo-banner').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('demo-banner').textContent()).toContain('No Outlook host was found');
    await expect.poll(() => page.getByTestId('suggestion').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-demo.png'), fullPage: true });
    expectClean(pane);
  });
});

describe('task pane with hostile, empty and huge messages', () => {
  it('renders HTML, script and mixed-script text literally, running none of it', async () => {
    const msg = message('hostile', HOSTILE_SUBJECT, HOSTILE_BODY, anHourAgo(new Date()));
    const expected = extractAsks(asEmailMessage(msg)).map((s) => s.text);
    expect(expected.length, 'the hostile body should yield at least one ask to render').toBeGreaterThan(0);
    const pane = await openPane(msg);
    const { page } = pane;
    await page.locator('[data-testid="suggestions"][data-status="done"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('message-subject').textContent()).toBe(HOSTILE_SUBJECT);
    expect(await page.getByTestId('suggestion-text').allTextContents()).toEqual(expected);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      injectedScripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    }));
    expect(state).toEqual({ pwned: undefined, injectedImages: 0, injectedScripts: 0 });
    await expectNoHorizontalScroll(page);
    expectClean(pane);
  });

  it('says there is nothing to extract for an empty body', async () => {
    const pane = await openPane(message('empty', 'Empty', '', anHourAgo(new Date())));
    await pane.page.getByTestId('empty-state').waitFor({ timeout: 15_000 });
    expect(await pane.page.getByTestId('empty-state').textContent()).toContain('nothing to extract');
    expectClean(pane);
  });

  it('stays responsive on a 5 MB body and says it read only the start', async () => {
    const text = 'The parties met and conferred about the production schedule. Please send the signed engagement letter by Friday. ';
    const msg = message('huge', 'Production log', '', anHourAgo(new Date()), { bodyRepeat: { text, length: 5 * 1024 * 1024 } });
    const pane = await openPane(msg);
    const { page } = pane;
    // While extraction runs in its worker, the page still answers.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    await page.locator('[data-testid="suggestions"][data-status="done"]').waitFor({ timeout: 45_000 });
    await page.getByTestId('truncated-notice').waitFor();
    expectClean(pane);
  }, 60_000);
});

describe('pages the manifest links to', () => {
  it('serves the support page named by SupportUrl, with no script', async () => {
    const res = await fetch(`${server.url}/support.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('What Onus stores');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('task pane timing', () => {
  it('measures pane open to suggestions shown for a 20-message thread', async () => {
    const body = longThreadBody();
    expect(body.length).toBeGreaterThan(40_000);
    const pane = await openPane(message('thread', 'RE: Meridian v. Castellan: exhibits', body, anHourAgo(new Date())));
    const { page } = pane;
    await page.locator('[data-testid="suggestions"][data-status="done"]').waitFor({ timeout: 30_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('onus:suggestions-shown')[0]?.startTime ?? performance.now());
    const parts = await page.evaluate(() => ({
      domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js'))
        .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`),
    }));
    console.log(`[measure] pane-to-suggestions 20-message thread: ${Math.round(ms)} ms (body ${body.length} chars, ${await page.getByTestId('suggestion').count()} suggestions; DOM ready at ${Math.round(parts.domReady)} ms; scripts ${parts.scripts.join(', ')})`);
    expectClean(pane);
  });
});
