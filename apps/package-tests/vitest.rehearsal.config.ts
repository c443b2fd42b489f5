import { defineConfig } from 'vitest/config';

// `pnpm release:rehearse`: the whole release against a local registry. Its own run, not part of
// `pnpm test` (it builds every package twice in a clone: minutes); .ci/run calls it after the tests.
export default defineConfig({
  test: {
    include: ['rehearsal/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
