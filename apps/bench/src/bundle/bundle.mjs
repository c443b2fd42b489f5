// Bundles a Worker for production as wrangler would (one ES module, workerd's export conditions,
// minified) and measures it: bytes, and bytes gzipped (level 9).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WORKERS = {
  'chartmogul-kit': fileURLToPath(new URL('./worker-kit.mjs', import.meta.url)),
  'chartmogul-node': fileURLToPath(new URL('./worker-official.mjs', import.meta.url)),
};

export async function bundleSize(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    // As wrangler with nodejs_compat: Node's built-ins stay outside the bundle (the official
    // library needs `url`), and dependencies' browser builds are taken. Ours uses neither.
    platform: 'browser',
    external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
