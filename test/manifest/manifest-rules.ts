// The local rules of Onus's XML manifest, run by `npm run validate` and by the tests.
//
//   checkManifest(xml, { assetsDir }) → one RuleResult per rule, in order; problems empty = passed.
//
// Microsoft's own XML validation is an online service (unreachable offline) and no complete copy of
// the XSDs exists, so these rules check what our manifest must get right, in words IT can act on.
import { type ManifestContext, type ManifestRule } from './rule-types';
import { iconFiles } from './rules-icons';
import { requirementSets, taskPaneSurfaces, versionOverrides } from './rules-overrides';
import { appDomains, httpsUrls, resourceIds, stringLengths } from './rules-references';
import { idIsGuid, mailApp, permissions, versionFormat } from './rules-structure';
import { webApplicationInfo } from './rules-web-app';
import { parseXml } from './xml-tree';

export { MAILBOX_API_USED, LEAST_PRIVILEGE, LIMITS } from './rule-types';

export const WELL_FORMED = 'well-formed';

/** Every rule after well-formedness, in the order they are reported. */
export const RULES: readonly ManifestRule[] = [
  mailApp,
  idIsGuid,
  versionFormat,
  httpsUrls,
  appDomains,
  permissions,
  requirementSets,
  versionOverrides,
  taskPaneSurfaces,
  resourceIds,
  iconFiles,
  stringLengths,
  webApplicationInfo,
];


export interface RuleResult {
  readonly id: string;
  readonly title: string;
  /** False when the rule could not run (the XML is not well-formed). */
  readonly checked: boolean;
  readonly problems: readonly string[];
}

export interface CheckOptions {
  /** Folder holding the icons served at https://<host>/assets/ (addin/assets). */
  readonly assetsDir: string;
  /** True for a production manifest: WebApplicationInfo becomes required. */
  readonly requireWebApplicationInfo?: boolean;
}

export function checkManifest(xml: string, options: CheckOptions): RuleResult[] {
  const parsed = parseXml(xml);
  const wellFormed = { id: WELL_FORMED, title: 'Well-formed XML', checked: true };
  if (!parsed.ok) {
    const problem = `The XML is not well-formed at line ${parsed.line}, column ${parsed.column}: ${parsed.message} Fix the markup there (an unclosed tag, a stray "<" or "&", a missing quote).`;
    return [
      { ...wellFormed, problems: [problem] },
      ...RULES.map(({ id, title }) => ({ id, title, checked: false, problems: [] })),
    ];
  }
  const ctx: ManifestContext = { xml, root: parsed.root, assetsDir: options.assetsDir, requireWebApplicationInfo: options.requireWebApplicationInfo === true };
  return [{ ...wellFormed, problems: [] }, ...RULES.map(({ id, title, check }) => ({ id, title, checked: true, problems: [...new Set(check(ctx))] }))];
}

/** True when every rule ran and found nothing. */
export function allPassed(results: readonly RuleResult[]): boolean {
  return results.every((r) => r.checked && r.problems.length === 0);
}
