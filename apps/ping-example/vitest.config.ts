import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // workerd and Deno take a second or more to start, more on a busy machine: generous, not tight.
    testTimeout: 120_000,
    hookTimeout: 30_000,
  },
});
