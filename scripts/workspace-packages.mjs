// The workspace's packages, found the way pnpm finds them (the globs in pnpm-workspace.yaml),
// so that scripts cover a package as soon as it exists instead of keeping their own lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `packages:` globs of pnpm-workspace.yaml; only `dir/*` and plain `dir` forms are used here. */
function workspaceGlobs(root) {
  const lines = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').split('\n');
  const globs = [];
  let inPackages = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inPackages = /^packages:\s*$/.test(line);
    const item = inPackages && line.match(/^\s+-\s+['"]?([^'"#\s]+)['"]?/);
    if (item) globs.push(item[1]);
  }
  return globs;
}

/** Every workspace package: { dir (absolute), manifest (package.json) }, sorted by dir. */
export function workspacePackages(root) {
  const dirs = workspaceGlobs(root).flatMap((glob) => {
    if (!glob.endsWith('/*')) return [join(root, glob)];
    const parent = join(root, glob.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name));
  });
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .sort()
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
}

/** The packages that go to npm: every workspace package that is not private. */
export function publishedPackages(root) {
  return workspacePackages(root).filter(({ manifest }) => manifest.private !== true);
}
