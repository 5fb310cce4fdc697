// manifest.xml converts to a unified manifest that passes the bundled JSON schema (offline), and
// deploy/unified-manifest/ holds exactly what the conversion produces today.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCENT_COLOR, MANIFEST_FILE, UNIFIED_ICONS, buildUnifiedManifest, staleDeploymentFiles, validateUnifiedManifest } from './unified-manifest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const XML_PATH = join(ROOT, 'manifest.xml');
const ASSETS_DIR = join(ROOT, 'addin', 'assets');
const DEPLOY_DIR = join(ROOT, 'deploy', 'unified-manifest');
const TIMEOUT = 60_000;

interface UnifiedAction {
  readonly id: string;
  readonly pinnable?: boolean;
}
interface UnifiedManifest {
  readonly id: string;
  readonly version: string;
  readonly accentColor: string;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly authorization: { readonly permissions: { readonly resourceSpecific: readonly { readonly name: string }[] } };
  readonly extensions: readonly {
    readonly runtimes: readonly { readonly code: { readonly page: string }; readonly actions: readonly UnifiedAction[] }[];
    readonly ribbons: readonly { readonly contexts: readonly string[] }[];
  }[];
}

describe('unified manifest', () => {
  const work = mkdtempSync(join(tmpdir(), 'onus-unified-test-'));
  let manifestPath = '';
  let manifest: UnifiedManifest;

  beforeAll(async () => {
    manifestPath = await buildUnifiedManifest(XML_PATH, ASSETS_DIR, work);
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as UnifiedManifest;
  }, TIMEOUT);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is valid against the bundled schema', async () => {
    expect(await validateUnifiedManifest(manifestPath, work)).toEqual([]);
  }, TIMEOUT);

  it('keeps the add-in identity, least privilege, and both surfaces', () => {
    expect(manifest.id).toBe('e5790945-d8a9-42fd-aec0-49c0a7a37b8a');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.authorization.permissions.resourceSpecific.map((p) => p.name)).toEqual(['MailboxItem.Read.User']);
    const [extension] = manifest.extensions;
    expect(extension?.ribbons.flatMap((r) => r.contexts).sort()).toEqual(['mailCompose', 'mailCompose', 'mailRead', 'mailRead']);
    expect(extension?.runtimes.every((r) => r.code.page === 'https://localhost:3000/taskpane.html')).toBe(true);
    expect(extension?.runtimes.flatMap((r) => r.actions).some((a) => a.pinnable === true)).toBe(true);
  });

  it('uses the 192px colour and 32px outline icons and the brand colour', () => {
    expect(manifest.icons).toEqual({ color: UNIFIED_ICONS.color.file, outline: UNIFIED_ICONS.outline.file });
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
  });

  it('fails validation when the manifest is broken', async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), 'onus-unified-broken-'));
    try {
      const broken = join(brokenDir, MANIFEST_FILE);
      writeFileSync(broken, JSON.stringify({ ...manifest, id: 'not-a-guid', accentColor: 'blue' }));
      const problems = await validateUnifiedManifest(broken, brokenDir);
      expect(problems.join('\n')).toContain('/id must match pattern');
      expect(problems.join('\n')).toContain('icons.color');
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it('matches what is committed in deploy/unified-manifest/ (run `npm run validate` after editing manifest.xml)', () => {
    expect(staleDeploymentFiles(work, DEPLOY_DIR)).toEqual([]);
  });
});
