// `node --import tsx test/bench/browser-extract.ts`: the extraction core measured in Chromium, where
// the task pane runs it, and its share of the pane's JavaScript. Prints figures; it never fails on
// timing (speed is measured, not asserted) and exits non-zero only when something crashed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EmailMessage } from '../../shared/email';
import { extractAsks } from '../../shared/extract';
import { bundleCore, packageOf, type CoreBundle } from './browser-core-bundle';
import { launchChromium, pageWithCore, percentile, timeInPage, type LoadedPage } from './browser-page';
import { paneBundleShares, type ChunkShare } from './browser-pane-bundle';
import { asHtml, threadMessage } from './browser-thread';
import { corpus } from './corpus';

const WARM_RUNS = 50;
const COLD_PAGES = 5;
const BATCH = 200;
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
const ms = (n: number): string => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const pct = (part: number, whole: number): string => `${Math.round((100 * part) / whole)} %`;
const COMPROMISE = ['compromise', 'efrt', 'grad-school', 'suffix-thumb'];
const HTML_DEPS = ['html-to-text', 'htmlparser2', 'domhandler', 'domutils', 'domelementtype', 'entities', 'dom-serializer', 'selderee',
  '@selderee/plugin-htmlparser2', 'parseley', 'leac', 'peberminta', 'deepmerge', 'deepmerge-ts'];

async function browserFigures(core: CoreBundle, thread: EmailMessage): Promise<void> {
  const browser = await launchChromium();
  try {
    console.log(`[browser] Chromium ${browser.version()} headless; core bundle ${kb(core.rawBytes)} min / ${kb(core.gzipBytes)} gzip (esbuild, ES2020)`);
    for (const [label, message] of [[' as text (what the pane reads)', thread], [' as HTML (what Graph returns)', asHtml(thread)]] as const) {
      // Cold = a fresh page each time: its first call pays for first-use setup and unoptimised code.
      const colds: { first: number; tag: number; top: number }[] = [];
      let loaded: LoadedPage | undefined;
      for (let i = 0; i < COLD_PAGES; i += 1) {
        await loaded?.page.close();
        loaded = await pageWithCore(browser, core.code);
        colds.push({ first: (await timeInPage(loaded.page, [message], 1)).totalMs, tag: loaded.scriptTagMs, top: loaded.scriptRunMs });
      }
      const page = loaded!.page;
      const warm = await timeInPage(page, [message], WARM_RUNS);
      const median = (key: 'first' | 'tag' | 'top'): number => percentile(colds.map((c) => c[key]), 50);
      console.log(`[browser] 20-message thread${label} (${kb(message.body.length)}): cold ${ms(median('first'))} ms, `
        + `warm p50 ${ms(percentile(warm.times, 50))} ms, p95 ${ms(percentile(warm.times, 95))} ms (${WARM_RUNS} runs); ${warm.asks} asks; `
        + `before the first call: script tag ${ms(median('tag'))} ms, of which the bundle's top level (compromise lexicon…) ${ms(median('top'))} ms `
        + `(cold figures: median of ${COLD_PAGES} fresh pages)`);
      if (message === thread) {
        const batch = await timeInPage(page, corpus(BATCH), 1);
        console.log(`[browser] batch of ${BATCH} corpus messages (warm): ${ms(batch.totalMs)} ms = ${Math.round(BATCH / (batch.totalMs / 1000))} emails/s, `
          + `p50 ${ms(percentile(batch.times, 50))} ms, p95 ${ms(percentile(batch.times, 95))} ms per email; ${batch.asks} asks`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

function nodeFigures(thread: EmailMessage): void {
  let t = performance.now();
  extractAsks(thread);
  const first = performance.now() - t;
  const times = Array.from({ length: WARM_RUNS }, () => { t = performance.now(); extractAsks(thread); return performance.now() - t; });
  console.log(`[node] same thread in Node ${process.version} for comparison: first call ${ms(first)} ms, warm p50 ${ms(percentile(times, 50))} ms, p95 ${ms(percentile(times, 95))} ms`);
}

function coreLine(core: CoreBundle): string {
  const by = core.bytesByPackage;
  const sum = (names: readonly string[]): number => names.reduce((n, name) => n + (by.get(name) ?? 0), 0);
  const rest = [...by.entries()].filter(([name]) => ![...COMPROMISE, 'chrono-node', 'shared/', ...HTML_DEPS].includes(name));
  return `[bundle] core alone, minified: ${kb(core.rawBytes)} = compromise + deps ${kb(sum(COMPROMISE))}, chrono-node ${kb(sum(['chrono-node']))}, `
    + `html-to-text + deps ${kb(sum(HTML_DEPS))}, ${rest.map(([name, n]) => `${name} ${kb(n)}`).join(', ')}, shared/ own code ${kb(sum(['shared/']))}`;
}

function paneLines(files: readonly ChunkShare[], core: CoreBundle): string[] {
  const all = files.reduce((n, f) => n + f.rawBytes, 0);
  const allGzip = files.reduce((n, f) => n + f.gzipBytes, 0);
  const lines = files.map((f) => `[bundle]   ${f.file.padEnd(22)} ${f.role.padEnd(40)} ${kb(f.rawBytes).padStart(7)} raw / ${kb(f.gzipBytes).padStart(6)} gzip; `
    + `extraction core ${pct(f.coreModuleBytes, f.moduleBytes || 1)} of its module source (${kb(f.moduleBytes)})`);
  const worker = files.filter((f) => f.role.includes('worker'));
  const coreRaw = worker.reduce((n, f) => n + (f.rawBytes * f.coreModuleBytes) / (f.moduleBytes || 1), 0);
  const coreGzip = worker.reduce((n, f) => n + (f.gzipBytes * f.coreModuleBytes) / (f.moduleBytes || 1), 0);
  const shared = worker.reduce((n, f) => n + f.sharedOwnBytes, 0);
  const source = (names: readonly string[]): number => worker.reduce((n, f) => n + names.reduce((m, d) => m + (f.coreByPackage.get(d) ?? 0), 0), 0);
  const heavy = [['compromise + deps', COMPROMISE], ['chrono-node', ['chrono-node']], ['html-to-text + deps', HTML_DEPS]] as const;
  return [
    `[bundle] pane build (webpack production, project config): ${files.length} JS files, ${kb(all)} raw / ${kb(allGzip)} gzip`,
    ...lines,
    `[bundle] extraction core: worker chunks ${kb(coreRaw)} raw / ${kb(coreGzip)} gzip = ${pct(coreRaw, all)} of the pane's JS (${pct(coreGzip, allGzip)} gzipped); `
      + `shared/ own code ${kb(core.bytesByPackage.get('shared/') ?? 0)} minified (${kb(shared)} source); module source: `
      + heavy.map(([label, names]) => `${label} ${kb(source(names))}`).join(', '),
  ];
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'onus-bench-'));
  try {
    const core = await bundleCore(path.join(tmp, 'core'));
    const thread = threadMessage(20);
    await browserFigures(core, thread);
    nodeFigures(thread);
    console.log(coreLine(core));
    const coreInputs = new Set(core.inputs);
    const corePackages = new Set(core.inputs.map(packageOf).filter((p) => p !== 'shared/'));
    const isCore = (modulePath: string): boolean => {
      const p = modulePath.replace(/^\.\//, '');
      return coreInputs.has(p) || (packageOf(p) !== 'shared/' && corePackages.has(packageOf(p)));
    };
    console.log(paneLines(await paneBundleShares(path.join(tmp, 'pane'), isCore), core).join('\n'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('[browser-bench] crashed:', err);
  process.exitCode = 1;
});
