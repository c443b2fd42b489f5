import { defineConfig } from 'tsup';

export default defineConfig({
  // edge.ts is what bundlers pick for edge targets (package.json exports: edge-light, workerd,
  // worker, browser): the client without the node:http transport.
  entry: ['src/index.ts', 'src/edge.ts', 'src/internal.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Classes keep their names in stacks and util.inspect (esbuild renames a class named in its own body).
  keepNames: true,
});
