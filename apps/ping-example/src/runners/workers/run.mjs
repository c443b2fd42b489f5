// The ping on Cloudflare Workers: runs the bundled Worker (dist/worker.js, from the build) in
// workerd through miniflare, with the key and base URL given as the Worker's bindings.
import { existsSync } from 'node:fs';
import { Miniflare } from 'miniflare';
import { workerBundlePath } from './bundle.mjs';

if (!existsSync(workerBundlePath)) {
  console.log(`workers: no Worker bundle at ${workerBundlePath}; run the build first (pnpm build)`);
  process.exit(1);
}

const bindings = { CHARTMOGUL_API_KEY: process.env.CHARTMOGUL_API_KEY ?? '' };
if (process.env.CHARTMOGUL_API_BASE) bindings.CHARTMOGUL_API_BASE = process.env.CHARTMOGUL_API_BASE;

const miniflare = new Miniflare({
  modules: true,
  scriptPath: workerBundlePath,
  compatibilityDate: '2025-07-18',
  bindings,
});
try {
  const response = await miniflare.dispatchFetch('http://ping-example.local/');
  console.log(`workers: ${await response.text()}`);
  process.exitCode = response.ok ? 0 : 1;
} finally {
  await miniflare.dispose();
}
