import { defineConfig } from 'tsup';

// edge.ts is what bundlers pick for edge targets (package.json exports: edge-light, workerd,
// worker, browser): the client without the node:http transport. Bundlers read ESM, so ESM only:
// a CommonJS edge.cjs would be shipped and never resolved. Run after tsup.config.ts, whose clean
// would otherwise race with this build's output.
export default defineConfig({
  entry: ['src/edge.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'es2022',
});
