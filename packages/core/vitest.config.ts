import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/ofetch imports core by its package name (it is a separate bundle); in tests that name is
  // the sources, so its classes are the ones the tests use (as tsconfig's paths say for tsc).
  resolve: { alias: { '@chartmogul-kit/core': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
