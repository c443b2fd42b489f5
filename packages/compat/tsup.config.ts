import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * One source, three builds that differ only in `src/runtime/current.ts`: `node` sends through
 * @chartmogul-kit/node's node:http transport, `deno` through @chartmogul-kit/deno's fetch, `fetch`
 * (Bun, workerd, edge, browsers' bundlers) through the runtime's fetch. package.json's export
 * conditions pick the build.
 */
function build(runtime: 'node' | 'deno' | 'fetch'): Options {
  const target = fileURLToPath(new URL(`./src/runtime/${runtime}.ts`, import.meta.url));
  return {
    entry: { [runtime]: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    splitting: false,
    keepNames: true,
    esbuildPlugins: [
      {
        name: 'runtime-transport',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /\/runtime\/current\.js$/ }, () => ({ path: target }));
        },
      },
    ],
  };
}

export default defineConfig([build('node'), build('deno'), build('fetch')]);
