// What every published package must have, checked on each one found in the workspace, so a new
// package (packages/cli, ...) is held to it as soon as it exists. publint and attw (each package's
// check:package) check the exports against the files; this checks what they do not.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot, suiteDir } from '../src/workspace.js';

const packages = publishedPackages();
const suiteManifest = JSON.parse(readFileSync(join(suiteDir, 'package.json'), 'utf8'));
const changesetConfig = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8'));
const REPOSITORY = 'git+https://github.com/chartmogul-kit/chartmogul-kit.git';

/** Every conditions object of an exports map, with the path to it. */
function* conditionObjects(target: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof target !== 'object' || target === null) return;
  yield [path, target as Record<string, unknown>];
  for (const [key, value] of Object.entries(target)) yield* conditionObjects(value, `${path} > ${key}`);
}

it('finds the published packages', () => {
  expect(packages.map(({ manifest }) => manifest.name)).toEqual(
    expect.arrayContaining([
      '@chartmogul-kit/core',
      '@chartmogul-kit/node',
      '@chartmogul-kit/cloudflare',
      '@chartmogul-kit/deno',
      '@chartmogul-kit/mock',
    ]),
  );
});

/** The fields this policy reads, as package.json spells them. */
interface Manifest {
  description?: string;
  keywords?: string[];
  license?: string;
  repository?: unknown;
  homepage?: string;
  bugs?: { url?: string };
  publishConfig?: { access?: string };
  engines?: { node?: string };
  sideEffects?: unknown;
  files?: string[];
  bin?: unknown;
  exports?: Record<string, unknown>;
  scripts?: Record<string, string>;
}

describe.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s', (name, { dir, manifest }) => {
  const m = manifest as Manifest;

  it('says what it is and where it comes from', () => {
    expect(m.description, 'description').toMatch(/\w{3,}/);
    expect(m.keywords, 'keywords').toEqual(expect.arrayContaining(['chartmogul']));
    expect(m.license).toBe('MIT');
    expect(m.repository).toEqual({ type: 'git', url: REPOSITORY, directory: relative(repoRoot, dir) });
    expect(m.homepage).toMatch(/^https:\/\//);
    expect(m.bugs?.url).toMatch(/^https:\/\/.*\/issues$/);
    expect(existsSync(join(dir, 'README.md')), 'README.md').toBe(true);
  });

  it('is public, declares its engines and side effects, and ships its build, not its sources', () => {
    expect(m.publishConfig?.access).toBe('public');
    expect(m.engines?.node).toMatch(/^>=\d+/);
    expect(
      m.sideEffects === false || Array.isArray(m.sideEffects),
      'sideEffects: false or the files that have them',
    ).toBe(true);
    expect(m.files, 'files').toContain('dist');
    for (const sources of ['src', 'test', 'tsconfig.json']) expect(m.files).not.toContain(sources);
  });

  it('has an exports map (unless it is a command only) with types first in every condition object', () => {
    if (m.exports === undefined && m.bin !== undefined) return;
    expect(m.exports?.['./package.json']).toBe('./package.json');
    for (const [path, conditions] of conditionObjects(m.exports, 'exports')) {
      const keys = Object.keys(conditions);
      if (keys.includes('types')) expect(keys[0], `${path}: types first`).toBe('types');
      if (keys.includes('default')) expect(keys.at(-1), `${path}: default last`).toBe('default');
    }
  });

  it('runs the package checks before its tests, and is built before the tarball suite', () => {
    expect(m.scripts?.['check:package'], 'a check:package script (publint)').toMatch(/^publint --strict\b/);
    // attw checks what TypeScript resolves: every package with entry points, not a command-only one.
    if (m.exports !== undefined) {
      expect(m.scripts?.['check:package'], 'attw in check:package').toMatch(
        /publint --strict && attw --pack \. --profile (node16|esm-only)/,
      );
    }
    expect(
      suiteManifest.devDependencies?.[name],
      `apps/package-tests needs ${name} as a devDependency (workspace:*)`,
    ).toBe('workspace:*');
  });

  it('is versioned with the others (the changesets fixed group) and never ignored', () => {
    const fixed = (changesetConfig.fixed as string[][]).flat();
    const pattern = (glob: string) =>
      new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    expect(
      fixed.some((glob) => pattern(glob).test(name)),
      'in a fixed group',
    ).toBe(true);
    expect(changesetConfig.ignore ?? []).not.toContain(name);
  });
});

it('versions no private app (changesets privatePackages)', () => {
  expect(changesetConfig.privatePackages).toEqual({ version: false, tag: false });
});

it('has the MIT LICENSE at the root, which pnpm packs into every package', () => {
  expect(readFileSync(join(repoRoot, 'LICENSE'), 'utf8')).toMatch(
    /^MIT License\n\nCopyright \(c\) \d{4} chartmogul-kit contributors\n/,
  );
});

it('keeps every JSR manifest in step with its package.json', () => {
  expect(() =>
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'sync-jsr-versions.mjs'), '--check', repoRoot], {
      stdio: 'pipe',
    }),
  ).not.toThrow();
});
