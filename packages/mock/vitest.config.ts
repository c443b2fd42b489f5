import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Some tests start the mock's command or seed thousands of customers: about a second alone, but
    // past vitest's 5 s default on a loaded shared machine. The timeout only guards against a hang.
    testTimeout: 60_000,
  },
});
