import { defineConfig } from 'vitest/config';

// Benchmarks, not tests: `pnpm --filter @chartmogul-kit/cli bench` prints figures and asserts nothing.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
