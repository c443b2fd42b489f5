import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { workspacePackages } from '../../../scripts/workspace-packages.mjs';
import { repoRoot } from './workspace.js';

/** What versioning reads and writes: manifests, JSR manifests and changelogs. Sources are not needed. */
const PACKAGE_FILES = ['package.json', 'deno.json', 'jsr.json', 'CHANGELOG.md'];

/**
 * A copy of the repository's release-relevant files in a temporary directory: the root manifest,
 * the workspace file, the scripts, the changeset config (without the pending changesets, so
 * that a test decides exactly which are pending) and every package's manifests. The root
 * node_modules is linked in, so that the root scripts' tools resolve there as they do here.
 * Never run pnpm in the copy: it would install the copy's workspace into that link.
 */
export async function throwawayCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'chartmogul-kit-release-'));
  const copyFile = async (path: string) => {
    await mkdir(dirname(join(copy, path)), { recursive: true });
    await cp(join(repoRoot, path), join(copy, path), { recursive: true });
  };
  await Promise.all(['package.json', 'pnpm-workspace.yaml', 'scripts', '.changeset/config.json'].map(copyFile));
  for (const { dir } of workspacePackages(repoRoot)) {
    const present = new Set(await readdir(dir));
    for (const file of PACKAGE_FILES) if (present.has(file)) await copyFile(join(relative(repoRoot, dir), file));
  }
  await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
