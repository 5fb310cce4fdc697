// Debian's Chromium, driven by playwright-core (Playwright cannot download its own browser here).
// The background-networking flags keep it from calling Google's hosts on a machine with no network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/start';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The built task pane served by the real server on a temporary data dir, and a browser to open it. */
export interface PaneRig {
  readonly server: RunningServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

export const ADDIN_DIR = fileURLToPath(new URL('../../dist/addin', import.meta.url));

export async function startPaneRig(name: string): Promise<PaneRig> {
  if (!existsSync(path.join(ADDIN_DIR, 'taskpane.html'))) {
    throw new Error('dist/addin/taskpane.html is missing: run `npm run build` before the browser tests.');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), `onus-${name}-`));
  const server = await startServer({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADDIN_DIR });
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
