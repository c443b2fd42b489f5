// The ONE list of chartmogul-node 3.12.3 tests that do not run against @chartmogul-kit/compat,
// each with the reason. Only tests of the official library's own internals belong here; every
// other test of its suite runs unchanged. The runner fails if an entry matches no test.
module.exports = [
  {
    test: 'RetryTest should retry on network error and then succeed',
    reason:
      'Calls the official internal `lib/chartmogul/util/retry` (superagent + the `retry` package, with its ' +
      "callback `(err, res, body)` and request `options` shape) directly. compat retries in the kit's pipeline " +
      '(bounded, write-safe); the same behaviour through the public API is covered by "Resource Retry should retry on ECONNRESET".',
  },
];
