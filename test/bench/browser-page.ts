// Chromium side of the browser benchmark: a blank page, the core bundle added as a script tag (no
// server), and extraction timed inside the page with performance.now().
import type { Browser, Page } from 'playwright-core';
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
import { GLOBAL_NAME } from './browser-core-bundle';

export { launchChromium } from '../helpers/chromium';

export interface LoadedPage {
  readonly page: Page;
  /** Running the bundle's top level in the page (module setup, lexicons built at import). */
  readonly scriptRunMs: number;
  /** addScriptTag as seen from Node: transfer, parse and run. */
  readonly scriptTagMs: number;
}

export async function pageWithCore(browser: Browser, code: string): Promise<LoadedPage> {
  const page = await browser.newPage();
  const start = performance.now();
  // tsx compiles with keepNames, so functions handed to page.evaluate call esbuild's __name helper.
  await page.addScriptTag({
    content: `globalThis.__name = (f) => f; globalThis.__onusT0 = performance.now();\n${code}\n;globalThis.__onusRunMs = performance.now() - globalThis.__onusT0;`,
  });
  const scriptTagMs = performance.now() - start;
  const scriptRunMs = await page.evaluate(() => (globalThis as unknown as { __onusRunMs: number }).__onusRunMs);
  return { page, scriptRunMs, scriptTagMs };
}

export interface Timings {
  /** Milliseconds per extractAsks call, in call order. */
  readonly times: number[];
  readonly totalMs: number;
  /** Suggestions found by the first pass over the messages. */
  readonly asks: number;
}

/** Calls extractAsks on every message, `rounds` times over, inside the page. */
export function timeInPage(page: Page, messages: readonly EmailMessage[], rounds: number): Promise<Timings> {
  return page.evaluate(({ messages: list, rounds: n, globalName }) => {
    const api = (globalThis as unknown as Record<string, { extractAsks(m: EmailMessage): Suggestion[] }>)[globalName]!;
    const times: number[] = [];
    let asks = 0;
    const start = performance.now();
    for (let round = 0; round < n; round += 1) {
      for (const message of list) {
        const t = performance.now();
        const found = api.extractAsks(message).length;
        times.push(performance.now() - t);
        if (round === 0) asks += found;
      }
    }
    return { times, totalMs: performance.now() - start, asks };
  }, { messages, rounds, globalName: GLOBAL_NAME });
}

export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
