// What every browser test of the pane checks: no script errors, no request off this machine, and
// no horizontal scroll at the task pane's narrow widths.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Pane { readonly page: Page; readonly pageErrors: string[]; readonly offMachine: string[] }

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

export function expectClean(pane: Pane): void {
  expect(pane.pageErrors).toEqual([]);
  expect(pane.offMachine).toEqual([]);
}
