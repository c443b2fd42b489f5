import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Installs, bundles and several runtimes' start-up on a shared 2-core machine: generous, not tight.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    maxConcurrency: 4,
  },
});
