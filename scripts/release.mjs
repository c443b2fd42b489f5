// `pnpm release`: build, check every package, publish to npm, then JSR, then tag the versions.
//   node scripts/release.mjs              the release (what release.yml runs)
//   node scripts/release.mjs --dry-run    all of it, uploading nothing (`pnpm release:dry-run`)
//   node scripts/release.mjs --jsr-dry-run  npm for real, JSR as `deno publish --dry-run`
//                                         (the rehearsal, whose registry is a local Verdaccio)
//
// The npm dist-tag comes from changesets' pre mode: while `.changeset/pre.json` says `pre`, the
// versions are pre-releases (0.3.0-next.1) and go out under that mode's tag (`next`), so that
// `npm install @chartmogul-kit/node` keeps giving users the stable version. Outside pre mode: `latest`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const jsrDryRun = dryRun || args.has('--jsr-dry-run');
const root = process.cwd();

/** The npm dist-tag for this release: pre mode's tag, else `latest`. */
function distTag(repoRoot) {
  const pre = join(repoRoot, '.changeset', 'pre.json');
  if (!existsSync(pre)) return 'latest';
  const { mode, tag } = JSON.parse(readFileSync(pre, 'utf8'));
  return mode === 'pre' && tag ? tag : 'latest';
}

function step(command, commandArgs) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `release: \`${command} ${commandArgs.join(' ')}\` failed (${result.signal ?? `exit ${result.status}`}); nothing after it ran.`,
    );
    process.exit(1);
  }
}

const tag = distTag(root);
step('pnpm', ['exec', 'turbo', 'run', 'build', 'check:package', '--output-logs=errors-only']);
step('pnpm', ['publish', '-r', '--tag', tag, ...(dryRun ? ['--dry-run', '--no-git-checks'] : [])]);
step('pnpm', ['-r', '--if-present', 'run', 'publish:jsr', ...(jsrDryRun ? ['--dry-run', '--allow-dirty'] : [])]);
if (!dryRun) step('pnpm', ['exec', 'changeset', 'tag']);
