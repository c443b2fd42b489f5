import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalRegistry } from './local-registry.js';
import { runOrThrow } from './run.js';
import { publishedPackages, repoRoot } from './workspace.js';

/** A release step may build every package on a busy 2-core machine. */
const STEP_TIMEOUT_MS = 900_000;

export interface Changeset {
  /** The file name under .changeset/, without `.md`. */
  name: string;
  bump: 'patch' | 'minor' | 'major';
  /** The words that must reach every package's CHANGELOG.md. */
  summary: string;
}

/**
 * A git clone of the repository's committed HEAD in `dir`, on a `main` branch (pnpm publishes from
 * main only), its workspace installed, and `.npmrc` pointing at the local registry. The checkout
 * the rehearsal runs from is never written to: versions, changelogs and tags happen in the clone.
 */
export async function cloneForRelease(dir: string, registry: LocalRegistry): Promise<void> {
  const git = (...args: string[]) => runOrThrow('git', args, { cwd: dir });
  await runOrThrow('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, dir], {
    cwd: repoRoot,
    timeoutMs: STEP_TIMEOUT_MS,
  });
  await git('checkout', '--quiet', '-B', 'main');
  await git('config', 'user.name', 'Release rehearsal');
  await git('config', 'user.email', 'rehearsal@localhost');
  // Before .npmrc points at the local registry: the lockfile's own registry serves the tools.
  await runOrThrow('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
    cwd: dir,
    timeoutMs: STEP_TIMEOUT_MS,
  });
  await appendFile(join(dir, '.npmrc'), `\n${registry.npmrc}`);
}

/** `pnpm changeset pre enter <tag>`: the following versions are pre-releases published under `tag`. */
export async function enterPreMode(dir: string, tag: string): Promise<void> {
  await runOrThrow('pnpm', ['exec', 'changeset', 'pre', 'enter', tag], { cwd: dir });
}

/**
 * One release as a maintainer makes it: a changeset, `pnpm version-packages`, the "Version
 * packages" commit, then `pnpm release` against the local registry (no provenance: that needs
 * a CI's OIDC token; JSR as `deno publish --dry-run`). Returns the version it released.
 */
export async function releaseFromClone(dir: string, registry: LocalRegistry, changeset: Changeset): Promise<string> {
  // Every published package named, so that every CHANGELOG.md gets the entry's words.
  const bumps = publishedPackages().map(({ manifest }) => `'${manifest.name}': ${changeset.bump}`);
  await writeFile(
    join(dir, '.changeset', `${changeset.name}.md`),
    `---\n${bumps.join('\n')}\n---\n\n${changeset.summary}\n`,
  );
  const env = { ...registry.env, NPM_CONFIG_PROVENANCE: 'false', npm_config_provenance: 'false' };
  await runOrThrow('pnpm', ['version-packages'], { cwd: dir, env, timeoutMs: STEP_TIMEOUT_MS });
  await runOrThrow('git', ['add', '-A'], { cwd: dir });
  await runOrThrow('git', ['commit', '--quiet', '-m', 'Version packages'], { cwd: dir });
  await runOrThrow('pnpm', ['release', '--jsr-dry-run'], { cwd: dir, env, timeoutMs: STEP_TIMEOUT_MS });
  const manifest = JSON.parse(await readFile(join(dir, 'packages', 'node', 'package.json'), 'utf8'));
  return manifest.version;
}

/** The tags `changeset tag` made in the clone. */
export async function tagsIn(dir: string): Promise<string[]> {
  const { stdout } = await runOrThrow('git', ['tag', '--list'], { cwd: dir });
  return stdout.split('\n').filter(Boolean);
}
