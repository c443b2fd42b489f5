import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run the built binary as a subprocess: give a loaded machine time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
