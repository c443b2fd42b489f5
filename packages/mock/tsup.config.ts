import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
    keepNames: true,
  },
  {
    // The command line is ESM only: it uses top-level await, and nobody require()s a CLI.
    entry: { cli: 'src/server/cli.ts' },
    format: ['esm'],
    target: 'es2022',
    // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
    keepNames: true,
  },
]);
