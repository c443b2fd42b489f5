// Points the official suite's `require` of chartmogul-node's library at @chartmogul-kit/compat,
// without changing a byte of the test files: a require from inside the installed chartmogul-node
// package that resolves into its `lib/` is redirected here; any other `lib/` module is refused,
// so nothing of the official library can run by accident. `chai` and `nock` resolve from this
// package's devDependencies (the official package does not install its own devDependencies).
const Module = require('node:module');
const path = require('node:path');

const officialRoot = path.dirname(require.resolve('chartmogul-node/package.json'));
const officialLib = path.join(officialRoot, 'lib');
const shims = path.join(__dirname, 'shims');
const compatMain = require.resolve('@chartmogul-kit/compat');

const redirects = {
  chartmogul: compatMain,
  'chartmogul.js': compatMain,
  'chartmogul/resource': path.join(shims, 'resource.cjs'),
  'chartmogul/resource.js': path.join(shims, 'resource.cjs'),
  'chartmogul/customer': path.join(shims, 'customer.cjs'),
  'chartmogul/customer.js': path.join(shims, 'customer.cjs'),
  'chartmogul/errors': path.join(shims, 'errors.cjs'),
  'chartmogul/errors/index.js': path.join(shims, 'errors.cjs'),
  'chartmogul/util/retry': path.join(shims, 'not-applicable.cjs'),
  'chartmogul/util/retry.js': path.join(shims, 'not-applicable.cjs'),
};
const ownDependencies = new Set(['chai', 'nock']);

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveForOfficialSuite(request, parent, ...rest) {
  const from = parent?.filename;
  if (from?.startsWith(officialRoot + path.sep)) {
    if (ownDependencies.has(request)) return require.resolve(request);
    if (request.startsWith('.')) {
      const target = path.resolve(path.dirname(from), request);
      if (target === officialLib || target.startsWith(officialLib + path.sep)) {
        const key = path.relative(officialLib, target).split(path.sep).join('/').replace(/\/$/, '');
        const redirect = redirects[key];
        if (!redirect)
          throw new Error(`The official suite requires ${key}, which redirect-requires.cjs does not map to compat.`);
        return redirect;
      }
    }
  }
  return originalResolve.call(this, request, parent, ...rest);
};

module.exports = { officialRoot };
