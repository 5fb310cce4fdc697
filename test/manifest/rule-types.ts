// Shared vocabulary of the manifest rules: the context a rule reads, the limits it enforces,
// and the two VersionOverrides scopes (1.0 and its nested 1.1), each with its own Resources.
import { childNamed, childrenNamed, descendantsNamed, lineOf, pathAll, type XmlElement } from './xml-tree';

export interface ManifestContext {
  /** The manifest text, for line numbers in messages. */
  readonly xml: string;
  /** The OfficeApp element. */
  readonly root: XmlElement;
  /** Folder that https://<host>/assets/<file> is served from (addin/assets). */
  readonly assetsDir: string;
  /** Production manifests must carry WebApplicationInfo (scripts/build-manifest.ts). */
  readonly requireWebApplicationInfo?: boolean;
}

export interface ManifestRule {
  readonly id: string;
  readonly title: string;
  /** Problems in words an IT person can act on; empty when the rule passes. */
  check(ctx: ManifestContext): readonly string[];
}

/**
 * The newest Mailbox requirement set the add-in's code uses:
 * item.conversationId and mailbox.userProfile (1.1), item.body.getAsync (1.3),
 * the ItemChanged event and task pane pinning (1.5).
 */
export const MAILBOX_API_USED = '1.5';
/** The pane cannot work without item.body.getAsync: the base requirement (Mailbox 1.3). */
export const BODY_READ_MIN = '1.3';
/** Add-in commands (ribbon buttons, VersionOverrides 1.0) need Mailbox 1.3. */
export const ADD_IN_COMMANDS_MIN = '1.3';
/** SupportsPinning and the ItemChanged event (VersionOverrides 1.1) need Mailbox 1.5. */
export const PINNING_MIN = '1.5';

export const ALLOWED_PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'] as const;
/** The pane reads only the open item; the thread is fetched by the server through Graph. */
export const LEAST_PRIVILEGE = 'ReadItem';

export const LIMITS = {
  displayName: 125,
  description: 250,
  shortString: 125,
  longString: 250,
  resourceId: 32,
} as const;

export const NS_OVERRIDES_1_0 = 'http://schemas.microsoft.com/office/mailappversionoverrides';
export const NS_OVERRIDES_1_1 = 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1';

export const xsiType = (el: XmlElement | undefined): string | undefined => el?.attrs['xsi:type'];

export interface OverridesScope {
  readonly label: 'VersionOverrides 1.0' | 'VersionOverrides 1.1';
  readonly el: XmlElement;
}

/** The top-level VersionOverrides (1.0) and the one nested in it (1.1), when present. */
export function overridesScopes(root: XmlElement): OverridesScope[] {
  const outer = childNamed(root, 'VersionOverrides');
  if (!outer) return [];
  const scopes: OverridesScope[] = [{ label: 'VersionOverrides 1.0', el: outer }];
  for (const nested of childrenNamed(outer, 'VersionOverrides')) {
    scopes.push({ label: 'VersionOverrides 1.1', el: nested });
  }
  return scopes;
}

/** Descendants of a scope, leaving out any VersionOverrides nested inside it. */
export function inScope(scope: OverridesScope, localName: string | null): XmlElement[] {
  return descendantsNamed(scope.el, localName, 'VersionOverrides');
}

/** Compares dotted versions numerically ("1.10" > "1.5"); NaN parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * " (line N)" for the first place `needle` appears (inside `scope` when given, i.e. after the
 * scope's opening tag), or "" when it can't be found.
 */
export function at(ctx: ManifestContext, needle: string, scope?: OverridesScope): string {
  const anchor = scope ? ctx.xml.indexOf(scope.label.endsWith('1.1') ? `${NS_OVERRIDES_1_1}"` : `${NS_OVERRIDES_1_0}"`) : 0;
  const line = needle ? lineOf(ctx.xml, needle, Math.max(anchor, 0)) : undefined;
  return line === undefined ? '' : ` (line ${line})`;
}

export interface Value {
  readonly where: string;
  readonly value: string;
}

/** An element's DefaultValue plus each localized <Override Value="…">. */
export function valuesOf(el: XmlElement | undefined, where: string): Value[] {
  if (!el) return [];
  const values: Value[] = el.attrs.DefaultValue !== undefined ? [{ where, value: el.attrs.DefaultValue }] : [];
  for (const o of childrenNamed(el, 'Override')) {
    if (o.attrs.Value !== undefined) values.push({ where: `${where} (override ${o.attrs.Locale ?? ''})`, value: o.attrs.Value });
  }
  return values;
}

/** Resource definitions of a scope: Images, Urls, ShortStrings, LongStrings with their ids. */
export function resourcesOf(scope: OverridesScope): { kind: string; el: XmlElement }[] {
  return pathAll(scope.el, 'Resources')
    .flatMap((res) => res.children)
    .flatMap((collection) => collection.children.map((el) => ({ kind: collection.localName, el })));
}

export const describeResource = (kind: string, el: XmlElement, scope: OverridesScope): string =>
  `<${el.name} id="${el.attrs.id ?? ''}"> (${kind}, ${scope.label})`;
