// Keeps each package's JSR manifest (deno.json or jsr.json) in step with its package.json:
// the same version, and `npm:` imports of sibling packages pinned to their current versions
// (a JSR release requires exactly the npm release it was made with, as pnpm's workspace:*
// becomes an exact version on npm). Run by `pnpm version-packages` after `changeset version`.
//   node scripts/sync-jsr-versions.mjs [root]          rewrite what is out of step
//   node scripts/sync-jsr-versions.mjs --check [root]  only report it, exit 1 if anything is
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspacePackages } from './workspace-packages.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url)));

const packages = workspacePackages(root);
const versions = new Map(packages.map(({ manifest }) => [manifest.name, manifest.version]));
// `npm:<name>@<version>`, maybe with a subpath: `npm:@chartmogul-kit/core@0.1.0/internal`.
const npmImport = /^npm:(@?[^@]+)@([^/]+)(\/.*)?$/;
const problems = [];

for (const { dir, manifest } of packages) {
  const file = ['jsr.json', 'deno.json'].map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) continue;
  const name = relative(root, file);
  const jsr = JSON.parse(readFileSync(file, 'utf8'));
  const before = problems.length;
  if (jsr.version !== manifest.version) {
    problems.push(`${name}: version ${jsr.version}, package.json has ${manifest.version}`);
    jsr.version = manifest.version;
  }
  for (const [specifier, target] of Object.entries(jsr.imports ?? {})) {
    const [, dependency, range, subpath = ''] = target.match(npmImport) ?? [];
    const current = versions.get(dependency);
    if (current === undefined || range === current) continue;
    problems.push(`${name}: imports ${dependency}@${range}, the workspace has ${current}`);
    jsr.imports[specifier] = `npm:${dependency}@${current}${subpath}`;
  }
  if (!check && problems.length > before) writeFileSync(file, `${JSON.stringify(jsr, null, 2)}\n`);
}

if (check && problems.length > 0) {
  console.error(
    `JSR manifests out of step (run pnpm version-packages, or node scripts/sync-jsr-versions.mjs):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
for (const problem of check ? [] : problems) console.log(`synced ${problem}`);
