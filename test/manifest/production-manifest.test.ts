// scripts/build-manifest.ts: the firm's manifest from the development one passes every rule with
// WebApplicationInfo required, names no localhost, and the SSO rule fails on each broken copy.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_ORIGIN, optionProblems, productionManifest } from '../../scripts/production-manifest';
import { allPassed, checkManifest } from './manifest-rules';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS_DIR = join(ROOT, 'addin', 'assets');
const CLIENT = '0f3e2d1c-4b5a-4978-8a6b-1c2d3e4f5a6b';
const PROD = productionManifest(DEV, { host: 'https://onus.firm.example', clientId: CLIENT });

const ssoProblems = (xml: string, requireWebApplicationInfo = true): readonly string[] =>
  checkManifest(xml, { assetsDir: ASSETS_DIR, requireWebApplicationInfo }).find((r) => r.id === 'web-application-info')?.problems ?? ['rule missing'];

describe('production manifest', () => {
  it('passes every rule, WebApplicationInfo required', () => {
    const results = checkManifest(PROD, { assetsDir: ASSETS_DIR, requireWebApplicationInfo: true });
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(allPassed(results)).toBe(true);
  });

  it('serves everything from the firm host and names the API resource for SSO', () => {
    expect(PROD).not.toContain(DEV_ORIGIN);
    expect(PROD).toContain(`<Resource>api://onus.firm.example/${CLIENT}</Resource>`);
    expect(PROD).toContain('<SourceLocation DefaultValue="https://onus.firm.example/taskpane.html"/>');
  });

  it('the development manifest has no WebApplicationInfo, which only a production build requires', () => {
    expect(ssoProblems(DEV, false)).toEqual([]);
    expect(ssoProblems(DEV, true).join()).toContain('npm run manifest:build');
  });

  it.each([
    ['a Resource on another host', (x: string) => x.replace('api://onus.firm.example/', 'api://contoso.com/'), 'Application ID URI'],
    ['a non-GUID Id', (x: string) => x.replace(`<Id>${CLIENT}</Id>`, '<Id>onus</Id>'), 'must be the Application (client) ID'],
    ['no profile scope', (x: string) => x.replace(/\s*<Scope>profile<\/Scope>/, ''), 'lacks profile'],
    ['not the last child', (x: string) => x.replace(/(<\/WebApplicationInfo>)(\s*<\/VersionOverrides>)/, '$1<Resources/>$2'), 'last child'],
  ])('the SSO rule catches %s', (_name, mutate, says) => {
    const broken = mutate(PROD);
    expect(broken).not.toBe(PROD);
    expect(ssoProblems(broken).join('\n')).toContain(says);
  });

  it.each([
    [{ host: 'http://onus.firm.example', clientId: CLIENT }, 'https origin'],
    [{ host: 'https://onus.firm.example/app', clientId: CLIENT }, 'no path'],
    [{ host: 'https://localhost:3000', clientId: CLIENT }, 'this machine'],
    [{ host: 'https://onus.firm.example', clientId: 'YOUR-CLIENT-ID' }, 'must be a GUID'],
  ])('refuses %o', (options, says) => {
    expect(optionProblems(options).join('\n')).toContain(says);
    expect(() => productionManifest(DEV, options)).toThrow(says);
  });
});
