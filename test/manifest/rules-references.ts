// Rules about what the manifest points at: URLs, domains, resource ids, string lengths.
import {
  LIMITS,
  at,
  describeResource,
  inScope,
  overridesScopes,
  resourcesOf,
  valuesOf,
  type ManifestContext,
  type ManifestRule,
  type OverridesScope,
  type Value,
} from './rule-types';
import { childNamed, childrenNamed, descendantsNamed, pathAll, type XmlElement } from './xml-tree';

function urlValues(root: XmlElement): Value[] {
  const values = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].flatMap((n) => valuesOf(childNamed(root, n), `<${n}>`));
  for (const form of childrenNamed(childNamed(root, 'FormSettings'), 'Form')) {
    for (const source of descendantsNamed(form, 'SourceLocation')) {
      values.push(...valuesOf(source, `<Form xsi:type="${form.attrs['xsi:type'] ?? ''}"> SourceLocation`));
    }
  }
  for (const scope of overridesScopes(root)) {
    for (const { kind, el } of resourcesOf(scope)) {
      if (kind === 'Urls' || kind === 'Images') values.push(...valuesOf(el, describeResource(kind, el, scope)));
    }
  }
  return values;
}

export const httpsUrls: ManifestRule = {
  id: 'https-urls',
  title: 'Every URL is absolute and https (icons, support, form and task pane sources, bt:Url, bt:Image)',
  check: (ctx) =>
    urlValues(ctx.root).flatMap(({ where, value }) => {
      const line = at(ctx, `"${value}"`);
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return [`${where} is "${value}"${line}: not an absolute URL. Write the full address, e.g. https://onus.example.com/taskpane.html.`];
      }
      if (url.protocol !== 'https:') return [`${where} is "${value}"${line}: Outlook loads add-in pages and images only over https. Change it to https://${url.host}${url.pathname}.`];
      return /\s/.test(value) ? [`${where} is "${value}"${line}: remove the spaces from the URL.`] : [];
    }),
};

export const appDomains: ManifestRule = {
  id: 'app-domains',
  title: 'AppDomains are https origins (scheme and host, no path)',
  check: (ctx) =>
    pathAll(ctx.root, 'AppDomains', 'AppDomain').flatMap(({ text }) => {
      let url: URL | undefined;
      try {
        url = new URL(text);
      } catch {
        url = undefined;
      }
      const isOrigin = url !== undefined && url.protocol === 'https:' && (text === url.origin || text === `${url.origin}/`);
      return isOrigin ? [] : [`<AppDomain>${text}</AppDomain>${at(ctx, `<AppDomain>${text}`)} must be an https origin such as https://login.microsoftonline.com (scheme and host only, no path).`];
    }),
};

/** Which resource collection each referencing element must point into. */
const EXPECTED_KIND: Readonly<Record<string, string>> = {
  SourceLocation: 'Urls', FunctionFile: 'Urls', Image: 'Images', Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
};

function residProblems(ctx: ManifestContext, scope: OverridesScope): string[] {
  const problems: string[] = [];
  const resources = resourcesOf(scope);
  const seen = new Set<string>();
  for (const { kind, el } of resources) {
    const id = el.attrs.id ?? '';
    if (id.length === 0 || id.length > LIMITS.resourceId) problems.push(`${describeResource(kind, el, scope)}${at(ctx, `id="${id}"`, scope)}: resource ids must be 1–${LIMITS.resourceId} characters; this one has ${id.length}. Shorten it and its references.`);
    if (seen.has(id)) problems.push(`${describeResource(kind, el, scope)}: the id is defined twice in the same <Resources>; give each resource its own id.`);
    seen.add(id);
  }
  for (const ref of inScope(scope, null).filter((el) => el.attrs.resid !== undefined)) {
    const resid = ref.attrs.resid ?? '';
    const target = resources.find(({ el }) => el.attrs.id === resid);
    const expected = EXPECTED_KIND[ref.localName];
    if (!target) {
      problems.push(`${scope.label}: <${ref.name} resid="${resid}">${at(ctx, `resid="${resid}"`, scope)} refers to a resource that is not in this VersionOverrides' <Resources> (each VersionOverrides has its own). Add it there or fix the id.`);
    } else if (expected !== undefined && target.kind !== expected) {
      problems.push(`${scope.label}: <${ref.name} resid="${resid}"> points at a resource under <bt:${target.kind}>, but <${ref.localName}> needs one under <bt:${expected}>.`);
    }
  }
  return problems;
}

export const resourceIds: ManifestRule = {
  id: 'resids',
  title: `Every resid is defined in its VersionOverrides' Resources; resource ids unique and ≤ ${LIMITS.resourceId} chars`,
  check: (ctx) => overridesScopes(ctx.root).flatMap((scope) => residProblems(ctx, scope)),
};

function lengthProblems(ctx: ManifestContext, values: Value[], max: number): string[] {
  return values.flatMap(({ where, value }) => {
    if (value.trim().length === 0) return [`${where} is empty; give it text.`];
    if (value.length > max) return [`${where} is ${value.length} characters${at(ctx, value)}; the limit is ${max}. Shorten it.`];
    return [];
  });
}

export const stringLengths: ManifestRule = {
  id: 'string-lengths',
  title: `Strings within limits (DisplayName ≤ ${LIMITS.displayName}, Description ≤ ${LIMITS.description}, ShortStrings ≤ ${LIMITS.shortString}, LongStrings ≤ ${LIMITS.longString})`,
  check: (ctx) => {
    const problems = [
      ...lengthProblems(ctx, valuesOf(childNamed(ctx.root, 'DisplayName'), '<DisplayName>'), LIMITS.displayName),
      ...lengthProblems(ctx, valuesOf(childNamed(ctx.root, 'Description'), '<Description>'), LIMITS.description),
    ];
    for (const scope of overridesScopes(ctx.root)) {
      const strings = (kind: string): Value[] =>
        resourcesOf(scope).filter((r) => r.kind === kind).flatMap(({ el }) => valuesOf(el, describeResource(kind, el, scope)));
      problems.push(...lengthProblems(ctx, strings('ShortStrings'), LIMITS.shortString));
      problems.push(...lengthProblems(ctx, strings('LongStrings'), LIMITS.longString));
    }
    return problems;
  },
};
