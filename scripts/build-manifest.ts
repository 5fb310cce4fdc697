// `npm run manifest:build -- --host https://onus.firm.example --client-id <GUID> [--out dist/manifest]`
//
// Writes the firm's production manifest from ./manifest.xml (the localhost development manifest):
//   <out>/manifest.xml                  the XML manifest (host written in, WebApplicationInfo added)
//   <out>/unified-manifest/             its unified (JSON) manifest and icons
//   <out>/onus-unified-manifest.zip     the package to upload in Microsoft 365 admin center > Integrated apps
// Checked with the same rules as `npm run validate` (test/manifest/manifest-rules.ts), plus
// WebApplicationInfo required. Exits 1 on any problem, and writes nothing then.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allPassed, checkManifest } from '../test/manifest/manifest-rules';
import { buildUnifiedManifest, validateUnifiedManifest, writeDeployment } from '../test/manifest/unified-manifest';
import { productionManifest } from './production-manifest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS_DIR = join(ROOT, 'addin', 'assets');
const show = (path: string): string => relative(ROOT, path) || '.';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { host: { type: 'string' }, 'client-id': { type: 'string' }, out: { type: 'string' } } });
  if (!values.host || !values['client-id']) {
    console.error('Usage: npm run manifest:build -- --host https://onus.firm.example --client-id <Application (client) ID> [--out dist/manifest]');
    return 1;
  }
  const out = resolve(ROOT, values.out ?? join('dist', 'manifest'));
  let xml: string;
  try {
    xml = productionManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), { host: values.host, clientId: values['client-id'] });
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const results = checkManifest(xml, { assetsDir: ASSETS_DIR, requireWebApplicationInfo: true });
  for (const r of results) for (const p of r.problems) console.log(`  ✗ ${r.title}: ${p}`);
  if (!allPassed(results)) return 1;
  console.log(`✓ manifest rules (${results.length}) pass for ${values.host}`);

  const work = mkdtempSync(join(tmpdir(), 'onus-manifest-'));
  try {
    const xmlPath = join(work, 'manifest.xml');
    writeFileSync(xmlPath, xml);
    const unifiedDir = join(work, 'unified');
    mkdirSync(unifiedDir);
    const manifestPath = await buildUnifiedManifest(xmlPath, ASSETS_DIR, unifiedDir);
    const problems = await validateUnifiedManifest(manifestPath, unifiedDir);
    for (const p of problems) console.log(`  ✗ ${p}`);
    if (problems.length > 0) return 1;
    console.log('✓ unified manifest converted and valid (bundled schema, offline)');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'manifest.xml'), xml);
    await writeDeployment(unifiedDir, join(out, 'unified-manifest'), join(out, 'onus-unified-manifest.zip'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`✓ wrote ${show(join(out, 'manifest.xml'))}, ${show(join(out, 'unified-manifest'))}/ and ${show(join(out, 'onus-unified-manifest.zip'))}`);
  console.log('  Next: Microsoft 365 admin center > Settings > Integrated apps > Upload custom apps (docs/deploy.md).');
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`build-manifest failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
