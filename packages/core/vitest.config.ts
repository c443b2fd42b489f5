import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  define: { __CHARTMOGUL_KIT_VERSION__: JSON.stringify(version) },
  // src/ofetch imports core by its package name (it is a separate bundle); in tests those names are
  // the sources, so its classes are the ones the tests use (as tsconfig's paths say for tsc).
  resolve: {
    alias: [
      { find: /^@chartmogul-kit\/core\/internal$/, replacement: source('internal.ts') },
      { find: /^@chartmogul-kit\/core$/, replacement: source('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // test/paging-memory.test.ts counts what a full collection leaves alive: it calls gc() itself.
    execArgv: ['--expose-gc'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
