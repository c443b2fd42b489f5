import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Deno type-checks the test file before running it: seconds, more on a busy machine.
    testTimeout: 120_000,
  },
});
