// The ping on Cloudflare Workers: runs the bundled Worker (dist/worker.js, from the build) in
// workerd through miniflare, with the key and base URL given as the Worker's bindings.
// `run.mjs compat` runs the docs' snippet on @chartmogul-kit/compat (dist/compat-worker.js) instead.
import { existsSync } from 'node:fs';
import { Miniflare } from 'miniflare';
import { compatWorkerBundlePath, workerBundlePath } from './bundle.mjs';

const compat = process.argv[2] === 'compat';
const scriptPath = compat ? compatWorkerBundlePath : workerBundlePath;
const prefix = compat ? '' : 'workers: ';
if (!existsSync(scriptPath)) {
  console.log(`${prefix}no Worker bundle at ${scriptPath}; run the build first (pnpm build)`);
  process.exit(1);
}

const bindings = compat
  ? {
      CHARTMOGUL_ACCOUNT_TOKEN: process.env.CHARTMOGUL_ACCOUNT_TOKEN ?? '',
      CHARTMOGUL_SECRET_KEY: process.env.CHARTMOGUL_SECRET_KEY ?? '',
    }
  : { CHARTMOGUL_API_KEY: process.env.CHARTMOGUL_API_KEY ?? '' };
if (process.env.CHARTMOGUL_API_BASE) bindings.CHARTMOGUL_API_BASE = process.env.CHARTMOGUL_API_BASE;

const miniflare = new Miniflare({
  modules: true,
  scriptPath,
  compatibilityDate: '2025-07-18',
  bindings,
});
try {
  const response = await miniflare.dispatchFetch('http://ping-example.local/');
  const text = await response.text();
  if (compat && !response.ok) console.error(text);
  else console.log(`${prefix}${text}`);
  process.exitCode = response.ok ? 0 : 1;
} finally {
  await miniflare.dispose();
}
