import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackedPackage } from './pack.js';
import { runOrThrow } from './run.js';
import { fixturesDir } from './workspace.js';

export type Flavour = 'esm' | 'cjs';

export interface Project {
  flavour: Flavour;
  dir: string;
  installMs: number;
}

/** The Node types a user of a Node project has; the typed fixtures are checked against them. */
const NODE_TYPES = '@types/node@20.19.43';

/**
 * A fresh project outside the workspace, as a user has one: a package.json (`"type": "module"`
 * or none), the fixtures, and the tarballs installed by npm from their files. Third-party
 * dependencies (ofetch, msw, ...) come from the npm registry, through npm's cache when it has them.
 */
export async function createProject(
  flavour: Flavour,
  parent: string,
  tarballs: readonly PackedPackage[],
): Promise<Project> {
  const dir = join(parent, `${flavour}-project`);
  await mkdir(dir, { recursive: true });
  await cp(join(fixturesDir, 'shared'), dir, { recursive: true });
  await cp(join(fixturesDir, flavour), dir, { recursive: true });
  const manifest = {
    name: `tarball-suite-${flavour}`,
    version: '0.0.0',
    private: true,
    ...(flavour === 'esm' ? { type: 'module' } : {}),
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const { ms } = await runOrThrow(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...tarballs.map(({ tarball }) => tarball),
      NODE_TYPES,
    ],
    { cwd: dir, timeoutMs: 300_000 },
  );
  return { flavour, dir, installMs: ms };
}
