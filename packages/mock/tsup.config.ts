import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The command line is ESM only: it uses top-level await, and nobody require()s a CLI.
    entry: { cli: 'src/server/cli.ts' },
    format: ['esm'],
    target: 'es2022',
  },
]);
