// The real manifest passes every local rule, and each rule fails on a copy broken in the way it guards.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES, WELL_FORMED, allPassed, checkManifest } from './manifest-rules';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS_DIR = join(ROOT, 'addin', 'assets');

function problemsOf(xml: string, rule: string, assetsDir = ASSETS_DIR): readonly string[] {
  const result = checkManifest(xml, { assetsDir }).find((r) => r.id === rule);
  if (!result) throw new Error(`no rule ${rule}`);
  return result.problems;
}

/** Replaces the n-th (0-based) occurrence; throws when absent so a mutation can never be a no-op. */
function replace(xml: string, from: string, to: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = xml.indexOf(from, index + 1);
    if (index < 0) throw new Error(`mutation target not found: ${from}`);
  }
  return xml.slice(0, index) + to + xml.slice(index + from.length);
}

function replaceAll(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return xml.split(from).join(to);
}

/** Removes the n-th block that starts with `start` and ends with the first `end` after it. */
function cut(xml: string, start: string, end: string, nth = 0): string {
  const marker = '\u0000';
  const marked = replace(xml, start, marker, nth);
  const from = marked.indexOf(marker);
  const to = marked.indexOf(end, from);
  if (to < 0) throw new Error(`mutation end not found: ${end}`);
  return marked.slice(0, from) + marked.slice(to + end.length);
}

const NESTED_1_1 = '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"';
const READ_POINT = '<ExtensionPoint xsi:type="MessageReadCommandSurface">';
const COMPOSE_POINT = '<ExtensionPoint xsi:type="MessageComposeCommandSurface">';
const GUID_A = '0f3e2d1c-4b5a-4978-8a6b-1c2d3e4f5a6b';
const TASKPANE_URL = '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>';

describe('manifest.xml', () => {
  it.each([WELL_FORMED, ...RULES.map((r) => r.id)])('passes rule %s', (rule) => {
    expect(problemsOf(XML, rule)).toEqual([]);
  });

  it('passes as a whole', () => {
    expect(allPassed(checkManifest(XML, { assetsDir: ASSETS_DIR }))).toBe(true);
  });
});

interface Mutation {
  readonly name: string;
  readonly rule: string;
  readonly mutate: (xml: string) => string;
  /** A fragment the problem message must contain, so the right check fired. */
  readonly says: string;
}

const MUTATIONS: readonly Mutation[] = [
  { name: 'unclosed tag', rule: WELL_FORMED, mutate: (x) => replace(x, '</Permissions>', '</Permission>'), says: 'not well-formed at line' },
  { name: 'bare & in element text', rule: WELL_FORMED, mutate: (x) => replace(x, '<ProviderName>Onus<', '<ProviderName>Smith & Jones<'), says: "char '&'" },
  { name: 'bare & in an attribute', rule: WELL_FORMED, mutate: (x) => replace(x, '<DisplayName DefaultValue="Onus"', '<DisplayName DefaultValue="Smith & Jones"'), says: '&amp;' },
  { name: 'TaskPaneApp instead of MailApp', rule: 'mail-app', mutate: (x) => replace(x, 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'), says: 'MailApp' },
  { name: 'Permissions after Rule', rule: 'mail-app', mutate: (x) => replace(replace(x, '<Permissions>ReadItem</Permissions>', ''), '<DisableEntityHighlighting>', '<Permissions>ReadItem</Permissions><DisableEntityHighlighting>'), says: 'out of order' },
  { name: 'no SupportUrl', rule: 'mail-app', mutate: (x) => cut(x, '<SupportUrl', '/>'), says: '<SupportUrl>' },
  { name: 'not activated in compose', rule: 'mail-app', mutate: (x) => replace(x, '<Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>', ''), says: 'Edit mode' },
  { name: 'non-GUID id', rule: 'id-guid', mutate: (x) => replace(x, '<Id>e5790945-d8a9-42fd-aec0-49c0a7a37b8a', '<Id>onus-addin'), says: 'GUID' },
  { name: 'two-part version', rule: 'version', mutate: (x) => replace(x, '<Version>1.0.0.0', '<Version>1.0'), says: 'four numbers' },
  { name: 'http icon URL', rule: 'https-urls', mutate: (x) => replace(x, '<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://'), says: 'only over https' },
  { name: 'http task pane bt:Url in 1.1', rule: 'https-urls', mutate: (x) => replace(x, TASKPANE_URL, TASKPANE_URL.replace('https:', 'http:'), 1), says: 'VersionOverrides 1.1' },
  { name: 'relative SourceLocation', rule: 'https-urls', mutate: (x) => replace(x, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="/taskpane.html"/>'), says: 'not an absolute URL' },
  { name: 'AppDomain with a path', rule: 'app-domains', mutate: (x) => replace(x, '<AppDomain>https://localhost:3000<', '<AppDomain>https://localhost:3000/app<'), says: 'https origin' },
  { name: 'http AppDomain', rule: 'app-domains', mutate: (x) => replace(x, '<AppDomain>https:', '<AppDomain>http:'), says: 'https origin' },
  { name: 'unknown permission', rule: 'permissions', mutate: (x) => replace(x, '>ReadItem<', '>FullAccess<'), says: 'one of' },
  { name: 'more than least privilege', rule: 'permissions', mutate: (x) => replace(x, '>ReadItem<', '>ReadWriteMailbox<'), says: 'Use ReadItem' },
  { name: 'no Mailbox requirement', rule: 'requirements', mutate: (x) => replace(x, '<Set Name="Mailbox" MinVersion="1.3"/>', ''), says: 'no Mailbox set' },
  { name: 'base MinVersion above what the code needs', rule: 'requirements', mutate: (x) => replace(x, 'MinVersion="1.3"', 'MinVersion="1.8"'), says: 'above the 1.5' },
  { name: 'base MinVersion below body reading', rule: 'requirements', mutate: (x) => replace(x, 'MinVersion="1.3"', 'MinVersion="1.1"'), says: 'item.body.getAsync' },
  { name: 'WebApplicationInfo in VersionOverrides 1.0', rule: 'web-application-info', mutate: (x) => replace(x, '<bt:Images>', '<bt:Images>', 0).replace('</Resources>\n\n', `</Resources>\n<WebApplicationInfo><Id>${GUID_A}</Id><Resource>api://localhost:3000/${GUID_A}</Resource><Scopes><Scope>openid</Scope><Scope>profile</Scope></Scopes></WebApplicationInfo>\n\n`), says: 'nested VersionOverrides 1.1' },
  { name: 'commands below Mailbox 1.3', rule: 'requirements', mutate: (x) => replace(x, 'DefaultMinVersion="1.3"', 'DefaultMinVersion="1.1"'), says: 'add-in commands' },
  { name: 'pinning below Mailbox 1.5', rule: 'requirements', mutate: (x) => replace(x, 'DefaultMinVersion="1.5"', 'DefaultMinVersion="1.3"'), says: 'pinning' },
  { name: 'missing nested 1.1', rule: 'version-overrides', mutate: (x) => cut(x, NESTED_1_1, '</VersionOverrides>'), says: 'no nested' },
  { name: 'nested with the 1.0 namespace', rule: 'version-overrides', mutate: (x) => replace(x, NESTED_1_1, '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"'), says: 'nested' },
  { name: 'no VersionOverrides at all', rule: 'version-overrides', mutate: (x) => cut(x, '<VersionOverrides', '</VersionOverrides>\n  </VersionOverrides>'), says: 'no ribbon buttons' },
  { name: 'no compose surface', rule: 'task-pane', mutate: (x) => cut(x, COMPOSE_POINT, '</ExtensionPoint>'), says: 'writing a message' },
  { name: 'no read surface in 1.1', rule: 'task-pane', mutate: (x) => cut(x, READ_POINT, '</ExtensionPoint>', 1), says: 'VersionOverrides 1.1 has no' },
  { name: 'button runs a function instead of the pane', rule: 'task-pane', mutate: (x) => replace(x, 'xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), says: 'ShowTaskpane' },
  { name: 'read pane not pinnable', rule: 'task-pane', mutate: (x) => replace(x, '<SupportsPinning>true</SupportsPinning>', ''), says: 'SupportsPinning' },
  { name: 'SupportsPinning in 1.0', rule: 'task-pane', mutate: (x) => replace(x, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Url"/><SupportsPinning>true</SupportsPinning>'), says: 'VersionOverrides 1.0' },
  { name: 'missing resid', rule: 'resids', mutate: (x) => replace(x, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'), says: 'Taskpane.Missing' },
  { name: 'resource only defined in 1.0, used in 1.1', rule: 'resids', mutate: (x) => replace(x, TASKPANE_URL, '', 1), says: 'VersionOverrides 1.1' },
  { name: 'resource id over 32 characters', rule: 'resids', mutate: (x) => replaceAll(x, '"Group.Label"', '"Onus.Group.Label.For.Every.Ribbon1"'), says: '1–32 characters' },
  { name: 'duplicate resource id', rule: 'resids', mutate: (x) => replace(x, '<bt:String id="Group.Label" DefaultValue="Onus"/>', '<bt:String id="Group.Label" DefaultValue="Onus"/><bt:String id="Group.Label" DefaultValue="Again"/>'), says: 'defined twice' },
  { name: 'Label pointing at a long string', rule: 'resids', mutate: (x) => replace(x, '<Label resid="TaskpaneButton.Label"/>', '<Label resid="ReadButton.Tooltip"/>'), says: 'ShortStrings' },
  { name: 'icon file missing', rule: 'icon-files', mutate: (x) => replaceAll(x, 'assets/icon-16.png', 'assets/icon-17.png'), says: 'does not exist' },
  { name: 'icon of the wrong size', rule: 'icon-files', mutate: (x) => replaceAll(x, 'assets/icon-16.png', 'assets/icon-32.png'), says: 'is 32x32 but must be 16x16' },
  { name: 'icon outside /assets/', rule: 'icon-files', mutate: (x) => replace(x, '3000/assets/icon-64.png', '3000/img/icon-64.png'), says: 'not under /assets/' },
  { name: 'DisplayName over 125', rule: 'string-lengths', mutate: (x) => replace(x, '<DisplayName DefaultValue="Onus"', `<DisplayName DefaultValue="${'O'.repeat(126)}"`), says: 'limit is 125' },
  { name: 'Description over 250', rule: 'string-lengths', mutate: (x) => replace(x, '<Description DefaultValue="Turn', `<Description DefaultValue="${'x'.repeat(240)} Turn`), says: 'limit is 250' },
  { name: 'ShortString over 125', rule: 'string-lengths', mutate: (x) => replace(x, 'DefaultValue="Follow-ups"', `DefaultValue="${'F'.repeat(126)}"`), says: 'limit is 125' },
  { name: 'LongString over 250', rule: 'string-lengths', mutate: (x) => replace(x, 'DefaultValue="Find the asks', `DefaultValue="${'y'.repeat(250)} Find the asks`), says: 'limit is 250' },
  { name: 'empty button label', rule: 'string-lengths', mutate: (x) => replace(x, 'DefaultValue="Follow-ups"', 'DefaultValue=""'), says: 'is empty' },
];

describe('each rule fails on a broken copy', () => {
  it.each(MUTATIONS)('$rule: $name', ({ rule, mutate, says }) => {
    const problems = problemsOf(mutate(XML), rule);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(says);
  });

  it('reports the other rules as not checked when the XML is malformed', () => {
    const results = checkManifest(replace(XML, '</Hosts>', ''), { assetsDir: ASSETS_DIR });
    expect(results.filter((r) => !r.checked).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(allPassed(results)).toBe(false);
  });
});

describe('icon files are read from the assets folder', () => {
  const broken = mkdtempSync(join(tmpdir(), 'onus-assets-'));
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('fails when an icon is not a PNG', () => {
    for (const file of readdirSync(ASSETS_DIR)) copyFileSync(join(ASSETS_DIR, file), join(broken, file));
    writeFileSync(join(broken, 'icon-80.png'), 'not an image');
    expect(problemsOf(XML, 'icon-files', broken).join('\n')).toContain('icon-80.png is not a PNG');
  });

  it('fails for every icon when the folder is empty', () => {
    const empty = mkdtempSync(join(tmpdir(), 'onus-empty-'));
    try {
      expect(problemsOf(XML, 'icon-files', empty).length).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
