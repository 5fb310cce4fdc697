// shared/ is the pure core: it runs in the task pane and in Node, so it may not import the host
// (Office.js, React), the server (Express, Graph, msal, SQLite) or Node built-ins, nor code outside shared/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = resolve(import.meta.dirname, '../../shared');
const FORBIDDEN = /^(node:|fs$|path$|os$|crypto$|http|https$|url$|child_process$|worker_threads$|react|react-dom|@fluentui\/|@microsoft\/|@azure\/|express|better-sqlite3|pino|jose|office-|playwright)/;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);

describe('shared/ stays pure', () => {
  const all = files(SHARED);

  it('has source files to check', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((f) => [relative(SHARED, f), f]))('%s imports no host, server or Node module', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    for (const spec of importsOf(source)) {
      expect(FORBIDDEN.test(spec), `${spec} is not allowed in shared/`).toBe(false);
      if (spec.startsWith('.')) expect(resolve(file, '..', spec).startsWith(SHARED), `${spec} leaves shared/`).toBe(true);
    }
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bOffice\.|process\.env|new Date\(\)/);
  });

  it('the checker itself catches a forbidden import', () => {
    expect(importsOf("import Database from 'better-sqlite3';\nimport { x } from '../server/app';")).toEqual(['better-sqlite3', '../server/app']);
    expect(FORBIDDEN.test('node:fs')).toBe(true);
  });
});
