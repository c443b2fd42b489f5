// Bundles the Worker as `wrangler deploy` would: one ES module, resolved with workerd's
// export conditions, no Node built-ins. `node bundle.mjs` (the package's build) writes dist/worker.js.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const workerBundlePath = fileURLToPath(new URL('../../../dist/worker.js', import.meta.url));
/** The docs' snippet on @chartmogul-kit/compat, as a Worker. */
export const compatWorkerBundlePath = fileURLToPath(new URL('../../../dist/compat-worker.js', import.meta.url));

export async function bundleWorker() {
  await Promise.all([bundle('./worker.mjs', workerBundlePath), bundle('./compat-worker.mjs', compatWorkerBundlePath)]);
}

async function bundle(entry, outfile) {
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleWorker();
