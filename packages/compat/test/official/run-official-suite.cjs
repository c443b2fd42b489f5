// Runs chartmogul-node 3.12.3's own test suite (mocha + chai + nock), as installed from npm,
// against @chartmogul-kit/compat, and prints the result. Exit code 1 on any failure.
const path = require('node:path');
const fs = require('node:fs');
const { officialRoot } = require('./redirect-requires.cjs');
const notApplicable = require('./not-applicable.cjs');
const Mocha = require('mocha');

// The suite's nock expectations are on https://api.chartmogul.com: a CHARTMOGUL_API_BASE of the shell must not move them.
delete process.env.CHARTMOGUL_API_BASE;

const version = require('chartmogul-node/package.json').version;
const testRoot = path.join(officialRoot, 'test');
const files = fs
  .readdirSync(testRoot, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => path.join(testRoot, file))
  .sort();

const skipped = new Set();
const listed = new Map(notApplicable.map((entry) => [entry.test, entry.reason]));
const mocha = new Mocha({ reporter: 'dot', timeout: 10_000 });
mocha.rootHooks({
  beforeEach() {
    const title = this.currentTest.fullTitle();
    if (listed.has(title)) {
      skipped.add(title);
      this.skip();
    }
  },
});
for (const file of files) mocha.addFile(file);

const runner = mocha.run((failures) => {
  const stats = mocha.suite.total();
  const stale = [...listed.keys()].filter((title) => !skipped.has(title));
  const passed = runner.stats.passes;
  console.log(
    // `[result] `: the root's test summary (scripts/test-summary.mjs) repeats such lines after `pnpm test`.
    `\n[result] chartmogul-node ${version}'s own suite against @chartmogul-kit/compat: ${passed} passed, ` +
      `${skipped.size} not applicable (listed in test/official/not-applicable.cjs), ${failures} failed, of ${stats} tests in ${files.length} files.`,
  );
  for (const title of stale)
    console.error(`not-applicable.cjs lists "${title}", which is not a test of the suite: remove it.`);
  process.exitCode = failures > 0 || stale.length > 0 ? 1 : 0;
});
