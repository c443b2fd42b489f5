// The release rehearsal (`pnpm release:rehearse`) must stop a broken release: here a copy of
// @chartmogul-kit/node is broken on purpose (its `files` leave out dist; a dependency left at
// `workspace:*`), published to a throwaway local registry, and installed by the rehearsal's own
// steps, which must fail with a message that names the package.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LocalRegistry, startLocalRegistry } from '../src/local-registry.js';
import { type PackedPackage, packAll } from '../src/pack.js';
import { installedProblems, installFromRegistry, newProject } from '../src/registry-installs.js';
import { runOrThrow } from '../src/run.js';
import { publishedPackages } from '../src/workspace.js';

let work: string;
let registry: LocalRegistry | undefined;
let packed: PackedPackage[];

const tarballOf = (name: string) => {
  const found = packed.find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
};

/** Publishes a package's tarball to the local registry, after `breakIt` changed its unpacked copy. */
async function publishBroken(name: string, version: string, breakIt: (dir: string) => Promise<void>): Promise<void> {
  const dir = join(work, `${name.replace('/', '__')}-${version}`);
  await mkdir(dir, { recursive: true });
  await runOrThrow('tar', ['xzf', tarballOf(name).tarball, '-C', dir], { cwd: work });
  const root = join(dir, 'package');
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  manifest.version = version;
  await writeFile(join(root, 'package.json'), JSON.stringify(manifest, null, 2));
  await breakIt(root);
  await publish(root);
}

async function publish(root: string): Promise<void> {
  const userconfig = join(work, 'publish.npmrc');
  await writeFile(userconfig, registry?.npmrc ?? '');
  const env = { ...registry?.env, npm_config_userconfig: userconfig, NPM_CONFIG_PROVENANCE: 'false' };
  await runOrThrow('npm', ['publish', root, '--tag', 'latest', '--loglevel=error'], { cwd: work, env });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'chartmogul-kit-broken-release-'));
  await mkdir(join(work, 'registry'));
  registry = await startLocalRegistry(join(work, 'registry'));
  const wanted = publishedPackages().filter(({ manifest }) =>
    ['@chartmogul-kit/core', '@chartmogul-kit/node'].includes(manifest.name),
  );
  packed = await packAll(wanted, join(work, 'packed'));
  // core as the release would publish it, at both versions the broken copies of node ask for.
  for (const version of ['9.0.0', '9.0.1']) {
    const dir = join(work, `core-${version}`);
    await mkdir(dir);
    await runOrThrow('tar', ['xzf', tarballOf('@chartmogul-kit/core').tarball, '-C', dir], { cwd: work });
    const manifestPath = join(dir, 'package', 'package.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version }, null, 2));
    await publish(join(dir, 'package'));
  }
}, 300_000);

afterAll(async () => {
  await registry?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

it('a package whose `files` leave out dist: the installed package is reported, by name, as missing its entry files', async () => {
  await publishBroken('@chartmogul-kit/node', '9.0.0', async (root) => {
    await rm(join(root, 'dist'), { recursive: true });
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({ ...manifest, dependencies: { '@chartmogul-kit/core': '9.0.0' } }),
    );
  });
  const dir = await newProject(join(work, 'missing-dist'), registry as LocalRegistry, 'module');
  await installFromRegistry(dir, registry as LocalRegistry, 'npm', ['@chartmogul-kit/node@9.0.0']);
  const problems = await installedProblems(dir, ['@chartmogul-kit/node', '@chartmogul-kit/core'], '9.0.0');
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems)
    expect(problem).toMatch(/^@chartmogul-kit\/node: names \.\/dist\/\S+, which is not in the published package$/);
});

it('a dependency left at workspace:*: the install fails with a message naming the package', async () => {
  await publishBroken('@chartmogul-kit/node', '9.0.1', async (root) => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({ ...manifest, dependencies: { '@chartmogul-kit/core': 'workspace:*' } }),
    );
  });
  const dir = await newProject(join(work, 'workspace-range'), registry as LocalRegistry, 'module');
  const install = installFromRegistry(dir, registry as LocalRegistry, 'npm', ['@chartmogul-kit/node@9.0.1']);
  await expect(install).rejects.toThrow(
    /could not install @chartmogul-kit\/node@9\.0\.1 from the local registry:[\s\S]*workspace/,
  );
});

it('the installed-package check names a workspace: range left in a manifest, and a sibling at another version', async () => {
  const dir = join(work, 'hand-made');
  const root = join(dir, 'node_modules', '@chartmogul-kit', 'cli');
  await mkdir(root, { recursive: true });
  const manifest = {
    name: '@chartmogul-kit/cli',
    version: '9.0.0',
    dependencies: { '@chartmogul-kit/core': 'workspace:*', '@chartmogul-kit/node': '8.0.0' },
  };
  await writeFile(join(root, 'package.json'), JSON.stringify(manifest));
  expect(await installedProblems(dir, ['@chartmogul-kit/cli'], '9.0.0')).toEqual([
    '@chartmogul-kit/cli: depends on @chartmogul-kit/core at "workspace:*", which no registry resolves',
    '@chartmogul-kit/cli: depends on @chartmogul-kit/node at "8.0.0", not the version released with it (9.0.0)',
  ]);
});
