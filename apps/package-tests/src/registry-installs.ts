import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LocalRegistry } from './local-registry.js';
import { explain, run } from './run.js';

const INSTALL_TIMEOUT_MS = 300_000;

export type Installer = 'npm' | 'pnpm' | 'bun';

/**
 * A new project outside the repository, as a user starts one (`npm init -y`, with `"type":
 * "module"` for ES modules), whose `.npmrc` names the local registry and nothing else.
 */
export async function newProject(dir: string, registry: LocalRegistry, type: 'module' | 'commonjs'): Promise<string> {
  await mkdir(dir, { recursive: true });
  const manifest = { name: dir.split('/').at(-1), version: '1.0.0', private: true, type };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, '.npmrc'), `registry=${registry.url}\n`);
  return dir;
}

const installCommand: Record<Installer, (specs: string[]) => [string, string[]]> = {
  npm: (specs) => ['npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs]],
  pnpm: (specs) => ['pnpm', ['add', ...specs]],
  bun: (specs) => ['bun', ['add', ...specs]],
};

/**
 * Installs `specs` from the local registry with `installer`. A failure names the packages asked
 * for and ends with the installer's own words (an unpublished version, a `workspace:` range...).
 */
export async function installFromRegistry(
  dir: string,
  registry: LocalRegistry,
  installer: Installer,
  specs: string[],
  binary?: string,
): Promise<void> {
  const [command, args] = installCommand[installer](specs);
  const result = await run(binary ?? command, args, { cwd: dir, env: registry.env, timeoutMs: INSTALL_TIMEOUT_MS });
  if (result.code !== 0) {
    throw new Error(`${installer} could not install ${specs.join(', ')} from the local registry:\n${explain(result)}`);
  }
}

interface Manifest {
  name: string;
  version: string;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every file path an `exports` map names (conditions and subpaths flattened; patterns skipped). */
function exportedFiles(exports: unknown): string[] {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportedFiles);
}

/**
 * What a user's install of each of `names` must hold, checked in `dir/node_modules`: the version
 * released, real version ranges (no `workspace:`, siblings at exactly the released version), and
 * every file its `main`, `types`, `exports` and `bin` name. Returns one line per problem, each
 * starting with the package's name; empty when all is well.
 */
export async function installedProblems(dir: string, names: readonly string[], version: string): Promise<string[]> {
  const problems: string[] = [];
  for (const name of names) {
    const root = join(dir, 'node_modules', name);
    const manifestPath = join(root, 'package.json');
    if (!existsSync(manifestPath)) {
      problems.push(`${name}: not installed in ${dirname(manifestPath)}`);
      continue;
    }
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (manifest.version !== version) problems.push(`${name}: installed ${manifest.version}, released ${version}`);
    const ranges = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies };
    for (const [dependency, range] of Object.entries(ranges)) {
      if (range.startsWith('workspace:'))
        problems.push(`${name}: depends on ${dependency} at "${range}", which no registry resolves`);
      else if (dependency.startsWith('@chartmogul-kit/') && range !== version)
        problems.push(`${name}: depends on ${dependency} at "${range}", not the version released with it (${version})`);
    }
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    const files = [manifest.main, manifest.types, ...exportedFiles(manifest.exports), ...bins].filter(
      (file): file is string => typeof file === 'string',
    );
    for (const file of new Set(files)) {
      if (!existsSync(join(root, file))) problems.push(`${name}: names ${file}, which is not in the published package`);
    }
  }
  return problems;
}
