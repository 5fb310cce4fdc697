// Static checks on the task pane's source: Office.js is touched only in addin/office/, and no
// email text can reach the DOM as HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ADDIN = fileURLToPath(new URL('../../addin', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'assets' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Source without comments, so prose about "Office.js" does not count as use. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = sourceFiles(ADDIN).map((file) => ({ rel: path.relative(ADDIN, file).split(path.sep).join('/'), text: code(file) }));

describe('addin/ boundaries', () => {
  it('finds the add-in sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('touches the Office global only in addin/office/', () => {
    const offenders = files.filter((f) => !f.rel.startsWith('office/') && /\bOffice\b/.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
    expect(files.some((f) => f.rel.startsWith('office/') && /\bOffice\.onReady\b/.test(f.text))).toBe(true);
  });

  it('never renders HTML from strings', () => {
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b|\beval\(|new Function\(/.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  it('imports shared code by relative path and nothing from server/', () => {
    const offenders = files.filter((f) => /from\s+['"](\.\.\/)+server\//.test(f.text) || /from\s+['"]node:/.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });
});
