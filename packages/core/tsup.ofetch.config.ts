import { defineConfig } from 'tsup';

// @chartmogul-kit/core/ofetch, built after the main entry (see the build script) into the same
// dist: a separate bundle, so the main one is unchanged, that imports core by its package name.
export default defineConfig({
  entry: { ofetch: 'src/ofetch/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'es2022',
  external: ['@chartmogul-kit/core', '@chartmogul-kit/core/internal'],
});
