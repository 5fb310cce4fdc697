// Icons referenced by URL must exist in addin/assets/ (served at /assets/) at the declared size.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { readPngSize } from './png-size';
import { inScope, overridesScopes, resourcesOf, valuesOf, type ManifestContext, type ManifestRule } from './rule-types';
import { childNamed, type XmlElement } from './xml-tree';

interface IconUse {
  readonly where: string;
  readonly url: string;
  readonly size: number;
}

function iconUses(root: XmlElement): IconUse[] {
  const uses: IconUse[] = [];
  const top = [['IconUrl', 64], ['HighResolutionIconUrl', 128]] as const;
  for (const [name, size] of top) {
    for (const { where, value } of valuesOf(childNamed(root, name), `<${name}>`)) uses.push({ where, url: value, size });
  }
  for (const scope of overridesScopes(root)) {
    const images = resourcesOf(scope).filter(({ kind }) => kind === 'Images');
    for (const ref of inScope(scope, 'Image').filter((el) => el.attrs.resid !== undefined && el.attrs.size !== undefined)) {
      const image = images.find(({ el }) => el.attrs.id === ref.attrs.resid);
      const where = `<bt:Image size="${ref.attrs.size ?? ''}" resid="${ref.attrs.resid ?? ''}"> (${scope.label})`;
      for (const { value } of valuesOf(image?.el, where)) uses.push({ where, url: value, size: Number(ref.attrs.size) });
    }
  }
  return uses.filter((use, i) => uses.findIndex((u) => u.url === use.url && u.size === use.size) === i);
}

function iconFileProblem(ctx: ManifestContext, { where, url, size }: IconUse): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined; // reported by the https-urls rule
  }
  if (!pathname.startsWith('/assets/')) return `${where}: ${url} is not under /assets/, so it can't be matched to a file in addin/assets/. Serve icons from /assets/.`;
  const file = join(ctx.assetsDir, pathname.slice('/assets/'.length));
  const rel = relative(ctx.assetsDir, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return `${where}: ${url} points outside addin/assets/.`;
  if (!existsSync(file)) return `${where}: ${url} needs the file addin/assets/${rel}, which does not exist. Run \`node addin/assets/make-icons.mjs\` or fix the URL.`;
  const png = readPngSize(file);
  if (!png) return `${where}: addin/assets/${rel} is not a PNG file.`;
  if (png.width !== size || png.height !== size) return `${where}: addin/assets/${rel} is ${png.width}x${png.height} but must be ${size}x${size}.`;
  return undefined;
}

export const iconFiles: ManifestRule = {
  id: 'icon-files',
  title: 'Icons referenced by URL exist in addin/assets/ as PNGs of the declared size',
  check: (ctx) => iconUses(ctx.root).flatMap((use) => iconFileProblem(ctx, use) ?? []),
};
