// `pnpm version-packages` (changeset version, then the JSR manifest sync) on a sample changeset,
// in a throwaway copy of the repository: the versions, the changelogs and the Deno package's
// JSR manifest come out as a release needs them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { delimiter, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { workspacePackages } from '../../../scripts/workspace-packages.mjs';
import { runOrThrow } from '../src/run.js';
import { throwawayCopy } from '../src/throwaway-copy.js';
import { repoRoot } from '../src/workspace.js';

const SAMPLE = `---
'@chartmogul-kit/core': minor
'@chartmogul-kit/mock': patch
---

Sample feature: the customers list takes a new filter.
`;

const before = workspacePackages(repoRoot).map(({ dir, manifest }) => ({ path: relative(repoRoot, dir), manifest }));
const published = before.filter(({ manifest }) => !manifest.private);
const unpublished = before.filter(({ manifest }) => manifest.private);
let copy: string;
let output: string;

/** `x.y.z` -> `x.(y+1).0`: a minor bump (this test's sample asks for one). */
function nextMinor(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}.0`;
}

const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const manifestAt = (path: string) => JSON.parse(read(join(path, 'package.json')));

beforeAll(async () => {
  copy = await throwawayCopy();
  writeFileSync(join(copy, '.changeset', 'sample-feature.md'), SAMPLE);
  // The root script's own command, run by a shell as `pnpm run` would, but without pnpm: pnpm
  // would first install the copy's workspace, through the linked node_modules of the real one.
  const command = JSON.parse(read('package.json')).scripts['version-packages'];
  const PATH = `${join(copy, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`;
  const result = await runOrThrow('sh', ['-c', command], { cwd: copy, env: { ...process.env, PATH, NO_COLOR: '1' } });
  output = result.stdout + result.stderr;
}, 120_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

it('gives every published package the same next version, the highest bump asked for (a minor)', () => {
  const current = published.map(({ manifest }) => manifest.version);
  expect(new Set(current).size, `the published packages do not share one version: ${current}`).toBe(1);
  for (const { path, manifest } of published)
    expect(manifestAt(path).version, manifest.name).toBe(nextMinor(manifest.version));
});

it('writes each published package a CHANGELOG entry under the new version', () => {
  const core = published.find(({ manifest }) => manifest.name === '@chartmogul-kit/core');
  if (!core) throw new Error('no @chartmogul-kit/core in the workspace');
  const version = nextMinor(core.manifest.version);
  const changelog = read(join(core.path, 'CHANGELOG.md'));
  expect(changelog).toContain(`## ${version}\n\n### Minor Changes`);
  expect(changelog).toContain('Sample feature: the customers list takes a new filter.');
  const mock = read('packages/mock/CHANGELOG.md');
  expect(mock).toContain(`## ${version}\n\n### Patch Changes`);
  expect(mock).toContain('Sample feature');
  // The runtime packages re-export core: their entry names the core release they now carry.
  for (const { path, manifest } of published) {
    if (!(manifest.dependencies as Record<string, string> | undefined)?.['@chartmogul-kit/core']) continue;
    const entry = read(join(path, 'CHANGELOG.md'));
    expect(entry, manifest.name).toContain(`## ${version}`);
    expect(entry, manifest.name).toContain(`- @chartmogul-kit/core@${version}`);
  }
});

it('leaves the private apps alone: no version bump, no CHANGELOG', () => {
  expect(unpublished.length).toBeGreaterThan(0);
  for (const { path, manifest } of unpublished) {
    expect(manifestAt(path).version, manifest.name).toBe(manifest.version);
    expect(existsSync(join(copy, path, 'CHANGELOG.md')), `${manifest.name} got a CHANGELOG`).toBe(false);
  }
});

it('keeps workspace:* ranges in the repository (pnpm publish turns them into the versions)', () => {
  for (const { path, manifest } of published) {
    const after = manifestAt(path);
    for (const field of ['dependencies', 'devDependencies'] as const) {
      expect(after[field] ?? {}, `${manifest.name} ${field}`).toEqual(manifest[field] ?? {});
    }
  }
});

it('syncs the JSR manifests: version, and the npm import of core pinned to the new core', () => {
  const withJsr = published.filter(({ path }) => existsSync(join(copy, path, 'deno.json')));
  expect(withJsr.map(({ manifest }) => manifest.name)).toContain('@chartmogul-kit/deno');
  for (const { path, manifest } of withJsr) {
    const jsr = JSON.parse(read(join(path, 'deno.json')));
    expect(jsr.version, manifest.name).toBe(nextMinor(manifest.version));
    for (const target of Object.values<string>(jsr.imports ?? {})) {
      if (target.startsWith('npm:@chartmogul-kit/'))
        // The version, then maybe a subpath (`npm:@chartmogul-kit/core@0.2.0/internal`).
        expect(target).toMatch(new RegExp(`@${nextMinor(manifest.version).replaceAll('.', '\\.')}(/[\\w/]+)?$`));
    }
  }
  expect(output).toContain('synced packages/deno/deno.json: version');
});

it('consumes the changeset', () => {
  expect(existsSync(join(copy, '.changeset', 'sample-feature.md'))).toBe(false);
});
