// The closing lines of every test task, after `pnpm test` ran turbo with `--output-logs=errors-only`
// (so a failure is the first thing on screen and a green run is not 2,000 lines long). turbo keeps
// each task's full output in <package>/.turbo/turbo-test.log; this prints, per package, the test
// runner's own closing lines ("Test Files ... Tests ... passed"), any `[skip]` line a suite printed
// to say why it skipped something on this machine (or a note that it gave no reason), any
// `[result]` line a suite printed to give a figure of its own (the official chartmogul-node
// suite's count), and the totals.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspacePackages } from './workspace-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts every ANSI colour code.
const ANSI = /\u001b\[[0-9;]*m/g;
/** vitest's closing lines, e.g. " Test Files  12 passed (12)" and "      Tests  1 failed | 110 passed | 1 skipped (112)". */
const CLOSING = /^\s*(Test Files|Tests)\s+\d/;
const COUNT = /(\d+) (passed|failed|skipped|todo)/g;

/** The closing lines of a test log, its `[skip]` and `[result]` lines, and its test counts. */
export function summarise(log) {
  const lines = log.replace(ANSI, '').split('\n');
  // The closing lines come last: scan from the end so that a test's own output cannot pose as them.
  const closing = [];
  for (let i = lines.length - 1; i >= 0 && closing.length < 2; i--) {
    if (CLOSING.test(lines[i])) closing.unshift(lines[i].trim().replace(/\s+/g, ' '));
  }
  const notes = [...new Set(lines.filter((line) => line.startsWith('[skip] ') || line.startsWith('[result] ')))];
  const counts = { passed: 0, failed: 0, skipped: 0, todo: 0 };
  const tests = closing.find((line) => line.startsWith('Tests '));
  for (const [, n, what] of tests?.matchAll(COUNT) ?? []) counts[what] += Number(n);
  // A skip with no reason on screen reads as a hidden failure: say that the suite gave none.
  if (counts.skipped > 0 && !notes.some((note) => note.startsWith('[skip] '))) {
    notes.push(`[skip] ${counts.skipped} skipped, and the suite printed no [skip] line saying why`);
  }
  return { closing, notes, counts };
}

function main() {
  const totals = { passed: 0, failed: 0, skipped: 0, todo: 0 };
  const problems = [];
  const rows = [];
  for (const { dir, manifest } of workspacePackages(root)) {
    if (!manifest.scripts?.test) continue;
    const logFile = join(dir, '.turbo', 'turbo-test.log');
    if (!existsSync(logFile)) {
      problems.push(`${manifest.name}: no ${relative(root, logFile)} (did its test task run?)`);
      continue;
    }
    const { closing, notes, counts } = summarise(readFileSync(logFile, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    // A task that is not a vitest run (the bundle budget) closes with its own last line.
    const last = readFileSync(logFile, 'utf8').replace(ANSI, '').trim().split('\n').at(-1)?.trim() ?? '';
    rows.push([manifest.name, closing.length > 0 ? closing.join(' · ') : last]);
    for (const note of notes) rows.push(['', note]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log('\nTest tasks (full output: <package>/.turbo/turbo-test.log):');
  for (const [name, text] of rows) console.log(`  ${name.padEnd(width)}  ${text}`);
  if (totals.todo > 0) console.log(`${totals.todo} tests marked todo`);
  // The plain closing line CI reads: 'N passed, N failed, N skipped', all vitest suites added up.
  console.log(`vitest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0 || totals.failed > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
