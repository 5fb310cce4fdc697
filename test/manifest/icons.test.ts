// The committed icons are exactly what addin/assets/make-icons.mjs draws today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readPngSize } from './png-size';

const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'addin', 'assets');
const EXPECTED = {
  'icon-16.png': 16, 'icon-32.png': 32, 'icon-64.png': 64, 'icon-80.png': 80, 'icon-128.png': 128,
  'icon-color-192.png': 192, 'icon-outline-32.png': 32,
};

it('committed PNGs match the generator (run `node addin/assets/make-icons.mjs` after changing it)', () => {
  const out = mkdtempSync(join(tmpdir(), 'onus-icons-'));
  try {
    execFileSync(process.execPath, [join(ASSETS_DIR, 'make-icons.mjs'), out], { stdio: 'ignore' });
    expect(readdirSync(out).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [file, size] of Object.entries(EXPECTED)) {
      expect(readPngSize(join(ASSETS_DIR, file)), file).toEqual({ width: size, height: size });
      expect(readFileSync(join(out, file)).equals(readFileSync(join(ASSETS_DIR, file))), `${file} is stale`).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
