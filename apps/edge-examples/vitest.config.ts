import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // workerd and Deno take seconds to start (Deno type-checks first), more on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
