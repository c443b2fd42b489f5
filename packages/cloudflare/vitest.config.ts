import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // workerd takes a second or more to start, more on a busy machine.
    testTimeout: 60_000,
  },
});
