// The unified (JSON) manifest for Microsoft 365 Integrated apps, generated from manifest.xml.
//
//   buildUnifiedManifest(xmlPath, assetsDir, outDir)  converts with office-addin-manifest-converter,
//                                                     then sets Onus's store icons and accent colour
//   validateUnifiedManifest(manifestPath)             office-addin-manifest's validateManifest: for a
//                                                     .json file it checks the bundled JSON schema
//                                                     offline (the XML path posts to an online service)
//   writeDeployment(builtDir, deployDir, zipPath)     copies the build to deploy/ and zips it for upload
//   staleDeploymentFiles(builtDir, deployDir)          generated files that differ from deploy/
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportMetadataPackage, validateManifest } from 'office-addin-manifest';
import { convert } from 'office-addin-manifest-converter';
import { readPngSize } from './png-size';

/**
 * The converter points icons.color/outline at HighResolutionIconUrl/IconUrl (128 and 64 px);
 * the unified manifest wants a 192x192 colour icon and a 32x32 white-on-transparent outline.
 */
export const UNIFIED_ICONS = {
  color: { file: 'icon-color-192.png', size: 192 },
  outline: { file: 'icon-outline-32.png', size: 32 },
} as const;
/** Brand blue; the converter otherwise writes a fixed default. */
export const ACCENT_COLOR = '#1F4E79';

export const MANIFEST_FILE = 'manifest.json';

type Json = Record<string, unknown>;

export async function buildUnifiedManifest(xmlPath: string, assetsDir: string, outDir: string): Promise<string> {
  await convert(xmlPath, outDir, false, undefined, undefined, false);
  const manifestPath = join(outDir, MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Json;
  manifest.icons = { color: UNIFIED_ICONS.color.file, outline: UNIFIED_ICONS.outline.file };
  manifest.accentColor = ACCENT_COLOR;
  for (const { file } of Object.values(UNIFIED_ICONS)) copyFileSync(join(assetsDir, file), join(outDir, file));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 4)}\n`);
  return manifestPath;
}

function iconProblems(manifestPath: string, dir: string): string[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Json;
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  return Object.entries(UNIFIED_ICONS).flatMap(([key, { size }]) => {
    const file = typeof icons[key] === 'string' ? join(dir, icons[key]) : undefined;
    if (!file || !existsSync(file)) return [`Unified manifest icons.${key} (${String(icons[key])}) is missing next to manifest.json.`];
    const png = readPngSize(file);
    return png?.width === size && png.height === size ? [] : [`Unified manifest icons.${key} must be a ${size}x${size} PNG.`];
  });
}

/** Schema problems of a unified manifest (empty when valid), checked offline against the bundled schema. */
export async function validateUnifiedManifest(manifestPath: string, dir: string): Promise<string[]> {
  const problems = iconProblems(manifestPath, dir);
  try {
    const validation = await validateManifest(manifestPath);
    if (!validation.isValid) {
      const errors = validation.report?.errors ?? [];
      problems.push(...(errors.length > 0 ? errors.map((e) => `Unified manifest schema: ${e.content ?? e.title ?? 'invalid'}`) : ['Unified manifest is invalid (no details given).']));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(
      message.includes('Failed to get manifest at url')
        ? `The unified manifest's $schema is not bundled with office-addin-manifest, so it can't be checked offline: ${message}`
        : `The unified manifest could not be read or validated: ${message}`,
    );
  }
  return problems;
}

/** Fixed file times, so the zip's bytes change only when its contents do (zip times are local time). */
const ZIP_FILE_TIME = new Date('2025-01-01T00:00:00Z');

/** Replaces deployDir with the build's files and packs them into zipPath (the Integrated apps upload). */
export async function writeDeployment(builtDir: string, deployDir: string, zipPath: string): Promise<string[]> {
  rmSync(deployDir, { recursive: true, force: true });
  mkdirSync(deployDir, { recursive: true });
  const files = readdirSync(builtDir);
  for (const file of files) {
    copyFileSync(join(builtDir, file), join(deployDir, file));
    utimesSync(join(deployDir, file), ZIP_FILE_TIME, ZIP_FILE_TIME);
  }
  rmSync(zipPath, { force: true });
  await exportMetadataPackage(zipPath, join(deployDir, MANIFEST_FILE));
  chmodSync(zipPath, 0o644);
  return files;
}

/** Files of the fresh build that are missing from, or differ in, the committed deploy folder. */
export function staleDeploymentFiles(builtDir: string, deployDir: string): string[] {
  return readdirSync(builtDir).filter((file) => {
    const deployed = join(deployDir, file);
    return !existsSync(deployed) || !readFileSync(deployed).equals(readFileSync(join(builtDir, file)));
  });
}
