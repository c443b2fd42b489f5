import { defineConfig } from 'tsup';

export default defineConfig({
  // The binary only: ESM (it uses top-level await), bundled into one file beside
  // operation-params.json, which `pnpm build` generates after it.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
  keepNames: true,
});
