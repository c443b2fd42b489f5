import { defineConfig } from 'tsup';

// The edge build is tsup.edge.config.ts, run after this one (package.json "build"): ESM only.
export default defineConfig({
  entry: ['src/index.ts', 'src/internal.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
  keepNames: true,
});
