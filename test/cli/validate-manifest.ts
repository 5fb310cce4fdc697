// `npm run validate`: checks manifest.xml offline and writes the unified manifest for Integrated apps.
//
//   1. the XML's own rules (test/manifest/manifest-rules.ts)
//   2. conversion to the unified JSON manifest (office-addin-manifest-converter) and its validation
//      against the JSON schema bundled with office-addin-manifest (offline)
//   3. deploy/unified-manifest/ (manifest.json + icons) and deploy/onus-unified-manifest.zip,
//      only when everything passed
//   4. Microsoft's online XML validation: skipped, unreachable offline
//
// `npm run validate -- path/to/other-manifest.xml` checks another copy (e.g. one with the production
// host written in) without touching deploy/. Exits 1 on any problem; each problem says what to change.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPassed, checkManifest, type RuleResult } from '../manifest/manifest-rules';
import { buildUnifiedManifest, validateUnifiedManifest, writeDeployment } from '../manifest/unified-manifest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_XML = join(ROOT, 'manifest.xml');
const XML_PATH = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_XML;
const ASSETS_DIR = join(ROOT, 'addin', 'assets');
const DEPLOY_DIR = join(ROOT, 'deploy', 'unified-manifest');
const DEPLOY_ZIP = join(ROOT, 'deploy', 'onus-unified-manifest.zip');

const show = (path: string): string => relative(ROOT, path) || '.';

function printRules(results: readonly RuleResult[]): number {
  let problems = 0;
  for (const { title, checked, problems: found } of results) {
    if (!checked) {
      console.log(`  - ${title}: not checked (the XML is not well-formed)`);
      continue;
    }
    console.log(`  ${found.length === 0 ? '✓' : '✗'} ${title}`);
    for (const problem of found) console.log(`      ✗ ${problem}`);
    problems += found.length;
  }
  return problems;
}

/** Why deploy/ is not written this run, or undefined when it should be. */
function holdDeployment(rulesPassed: boolean, schemaProblems: number): string | undefined {
  if (schemaProblems > 0) return 'the unified manifest is invalid';
  if (!rulesPassed) return 'fix the problems in step 1 first';
  if (XML_PATH !== DEFAULT_XML) return 'only ./manifest.xml is deployed from here';
  return undefined;
}

/** Converts and validates in a temporary folder; writes deploy/ only when everything passed. */
async function unifiedStep(rulesPassed: boolean): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'onus-unified-'));
  try {
    let manifestPath: string;
    try {
      manifestPath = await buildUnifiedManifest(XML_PATH, ASSETS_DIR, work);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
      const hint = rulesPassed ? 'Compare it with the rules above and Microsoft\'s manifest reference' : 'Fix the problems in step 1 first; they usually cause this';
      console.log(`  ✗ office-addin-manifest-converter could not convert ${show(XML_PATH)}. ${hint}. The converter said: ${reason}`);
      return 1;
    }
    const schema = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { $schema?: string }).$schema ?? '(none)';
    console.log(`  ✓ converted with office-addin-manifest-converter (schema ${schema})`);
    const problems = await validateUnifiedManifest(manifestPath, work);
    const how = 'office-addin-manifest validateManifest on the .json: its bundled JSON schema, offline';
    console.log(`  ${problems.length === 0 ? '✓' : '✗'} unified manifest valid (${how})`);
    for (const problem of problems) console.log(`      ✗ ${problem}`);
    const hold = holdDeployment(rulesPassed, problems.length);
    if (hold !== undefined) {
      console.log(`  - ${show(DEPLOY_DIR)}/ left unchanged: ${hold}`);
      return problems.length;
    }
    const files = await writeDeployment(work, DEPLOY_DIR, DEPLOY_ZIP);
    console.log(`  ✓ wrote ${show(DEPLOY_DIR)}/ (${files.join(', ')})`);
    console.log(`  ✓ wrote ${show(DEPLOY_ZIP)}: upload it in Microsoft 365 admin center > Settings > Integrated apps`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  console.log(`Onus manifest check: ${show(XML_PATH)}\n`);
  console.log('1. Rules of the XML manifest (checked locally)');
  const results = checkManifest(readFileSync(XML_PATH, 'utf8'), { assetsDir: ASSETS_DIR });
  let problems = printRules(results);
  const wellFormed = results[0]?.problems.length === 0;

  console.log('\n2. Unified (JSON) manifest for Microsoft 365');
  if (wellFormed) problems += await unifiedStep(allPassed(results));
  else console.log('  - not converted: the XML is not well-formed');

  console.log("\n3. Microsoft's online validation of the XML");
  console.log("  - skipped: XML validation by Microsoft's online service is unreachable offline; the XML was checked locally and its unified-manifest conversion validated against the bundled schemas");

  console.log(problems === 0 ? '\nResult: OK, no problems.' : `\nResult: ${problems} problem(s). Fix each one above, then run \`npm run validate\` again.`);
  return problems === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`validate-manifest failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
