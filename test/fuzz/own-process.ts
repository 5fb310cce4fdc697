// Runs one extreme case in a Node process of its own. vitest's timeout cannot stop a synchronous
// loop, and a fatal V8 error would take the whole test run down; a child process can be killed.
// run-case.ts is bundled once with esbuild: a child then starts in ~1 s instead of ~2.5 s with tsx.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface Outcome {
  readonly ok: boolean;
  /** The child's JSON line on success; why it failed otherwise. */
  readonly report: string;
}

export interface CaseRunner {
  run(name: string): Promise<Outcome>;
  dispose(): void;
}

export interface RunnerOptions {
  /** Kill the child after this long: the hang detector. */
  readonly hangAfterMs: number;
  /** The child's heap (--max-old-space-size), so runaway allocation fails instead of swapping. */
  readonly heapMb: number;
  /** Children at once; the rest wait in a queue (the hang clock starts when a child starts). */
  readonly concurrency: number;
}

export async function caseRunner({ hangAfterMs, heapMb, concurrency }: RunnerOptions): Promise<CaseRunner> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onus-fuzz-'));
  const script = path.join(dir, 'run-case.mjs');
  await build({
    entryPoints: [path.join(HERE, 'run-case.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', sourcemap: 'linked', logLevel: 'error',
  });
  const args = (name: string): string[] => ['--enable-source-maps', `--max-old-space-size=${heapMb}`, script, name];
  const runOne = (name: string): Promise<Outcome> => new Promise((resolve) => {
    execFile(process.execPath, args(name), { timeout: hangAfterMs, killSignal: 'SIGKILL', maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, report: stdout.trim() });
      if (error.killed) return resolve({ ok: false, report: `no result after ${hangAfterMs / 1000} s, killed: a hang` });
      // The error and its first frames; not V8's native stack dump.
      const detail = stderr.split('\n').filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).slice(0, 14).join('\n');
      return resolve({ ok: false, report: `exit ${error.code ?? error.signal}:\n${detail}` });
    });
  });
  const queue: (() => void)[] = [];
  let running = 0;
  const next = (): void => { if (running < concurrency) queue.shift()?.(); };
  return {
    run: (name) => new Promise((resolve) => {
      queue.push(() => {
        running += 1;
        void runOne(name).then((outcome) => { running -= 1; resolve(outcome); next(); });
      });
      next();
    }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
