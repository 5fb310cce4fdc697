// The extraction core bundled for the browser the way the pane ships it (esbuild, minified, ES2020),
// as one IIFE that sets `OnusExtract` on the page. The metafile says how many output bytes each
// input contributed, so the core's size splits by package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GLOBAL_NAME = 'OnusExtract';

export interface CoreBundle {
  readonly code: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Minified output bytes per package; "shared/" is our own code. */
  readonly bytesByPackage: ReadonlyMap<string, number>;
  /** Every bundled input, relative to the project root ("shared/extract/index.ts", "node_modules/…"). */
  readonly inputs: readonly string[];
}

/** "node_modules/html-to-text/node_modules/htmlparser2/lib/x.js" → "htmlparser2"; "shared/…" → "shared/". */
export function packageOf(modulePath: string): string {
  const p = modulePath.replace(/^\.\//, '').replace(/\\/g, '/');
  const at = p.lastIndexOf('node_modules/');
  if (at < 0) return p.startsWith('shared/') ? 'shared/' : p.split('/')[0] ?? p;
  const [scope, name] = p.slice(at + 'node_modules/'.length).split('/');
  return scope?.startsWith('@') ? `${scope}/${name}` : scope ?? p;
}

export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

export async function bundleCore(outDir: string): Promise<CoreBundle> {
  const outfile = path.join(outDir, 'onus-extract.js');
  const result = await build({
    entryPoints: [path.join(ROOT, 'shared/extract/index.ts')], outfile, absWorkingDir: ROOT,
    bundle: true, platform: 'browser', format: 'iife', globalName: GLOBAL_NAME, target: 'es2020', minify: true,
    legalComments: 'none', metafile: true, logLevel: 'error',
  });
  const code = readFileSync(outfile, 'utf8');
  const bytesByPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = packageOf(input);
      bytesByPackage.set(pkg, (bytesByPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return { code, rawBytes: Buffer.byteLength(code), gzipBytes: gzipSize(code), bytesByPackage, inputs: Object.keys(result.metafile.inputs) };
}
