// The extraction core's share of the task pane's JavaScript: builds the pane with the project's
// webpack config into a temp dir and reads the stats. Module sizes in the stats are sources after
// the loader, before minification; output files are measured on disk, raw and gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import webpack, { type Configuration, type StatsChunk, type StatsModule } from 'webpack';
import { gzipSize, packageOf, ROOT } from './browser-core-bundle';

type ConfigFactory = (env: object, argv: { mode: 'production' }) => Configuration;

export interface ChunkShare {
  readonly file: string;
  /** "pane entry", "worker entry", or "lazy (loaded by …)". */
  readonly role: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Module source sizes (before minification). */
  readonly moduleBytes: number;
  readonly coreModuleBytes: number;
  readonly sharedOwnBytes: number;
  readonly coreByPackage: ReadonlyMap<string, number>;
}

function compile(config: Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config).run((err, stats) => {
      if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(stats);
    });
  });
}

/** Concatenated modules ("./addin/index.tsx + 419 modules") count by their parts. */
const leaves = (modules: readonly StatsModule[]): StatsModule[] =>
  modules.flatMap((m) => (m.modules?.length ? leaves(m.modules) : m.name ? [m] : []));

/** A worker's own chunks are its entry chunk's siblings; a lazy chunk's parents load it with import(). */
function roleOf(chunk: StatsChunk, byId: ReadonlyMap<string | number, StatsChunk>): string {
  if (chunk.entry) return chunk.initial ? 'pane entry' : 'worker entry';
  const loaders = [
    ...(chunk.siblings ?? []).filter((id) => byId.get(id)?.entry && !byId.get(id)?.initial).map(() => 'worker'),
    ...(chunk.parents ?? []).map((id) => (byId.get(id)?.initial ? 'pane import()' : `chunk ${id}`)),
  ];
  return `lazy, loaded by ${[...new Set(loaders)].join(' + ') || '?'}`;
}

/** `isCore(path)` decides which modules are the extraction core. */
export async function paneBundleShares(outDir: string, isCore: (modulePath: string) => boolean): Promise<ChunkShare[]> {
  // The project's config is plain JS (no types): load it as the build does.
  const { default: makeConfig } = (await import(pathToFileURL(path.join(ROOT, 'webpack.config.js')).href)) as { default: ConfigFactory };
  const config = makeConfig({}, { mode: 'production' });
  const stats = await compile({ ...config, output: { ...config.output, path: outDir }, performance: { hints: false } });
  const json = stats.toJson({
    all: false, chunks: true, chunkModules: true, nestedModules: true, chunkRelations: true, ids: true,
    // Without these, modules inside concatenated ones are filtered out of the stats.
    dependentModules: true, cachedModules: true, orphanModules: true, runtimeModules: true, excludeModules: false,
  });
  const chunks = json.chunks ?? [];
  const byId = new Map(chunks.map((c) => [c.id!, c]));
  return chunks.flatMap((chunk) => (chunk.files ?? []).filter((f) => f.endsWith('.js')).map((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    const mods = leaves(chunk.modules ?? []);
    const coreByPackage = new Map<string, number>();
    let coreModuleBytes = 0;
    for (const m of mods.filter((x) => isCore(x.name!))) {
      coreModuleBytes += m.size ?? 0;
      coreByPackage.set(packageOf(m.name!), (coreByPackage.get(packageOf(m.name!)) ?? 0) + (m.size ?? 0));
    }
    return {
      file, role: roleOf(chunk, byId), rawBytes: bytes.length, gzipBytes: gzipSize(bytes),
      moduleBytes: mods.reduce((n, m) => n + (m.size ?? 0), 0), coreModuleBytes,
      sharedOwnBytes: mods.filter((m) => packageOf(m.name!) === 'shared/').reduce((n, m) => n + (m.size ?? 0), 0),
      coreByPackage,
    };
  }));
}
