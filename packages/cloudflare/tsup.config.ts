import { defineConfig } from 'tsup';

// ESM only: this runtime loads ES modules and has no require().
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
  keepNames: true,
});
