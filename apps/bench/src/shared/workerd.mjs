// Several Workers in one workerd (miniflare 3), each with the built @chartmogul-kit/cloudflare,
// all bound to one ChartMogulRateLimiter Durable Object (hosted by the first, bound by the others
// through scriptName), all sending to the mock on loopback with the same key.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

export async function startWorkers({ count, url, key, dataSource }) {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('../workers/workerd-bulk.mjs', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const script = bundled.outputFiles[0].text;
  const names = Array.from({ length: count }, (_, i) => `worker-${i}`);
  const miniflare = new Miniflare({
    workers: names.map((name, index) => ({
      name,
      routes: [`${name}.bench/*`],
      modules: true,
      script,
      compatibilityDate: '2025-07-18',
      bindings: { CHARTMOGUL_API_KEY: key, CHARTMOGUL_API_BASE: url, DATA_SOURCE: dataSource },
      durableObjects: {
        CHARTMOGUL_LIMITER: index === 0 ? 'ChartMogulRateLimiter' : { className: 'ChartMogulRateLimiter', scriptName: names[0] },
      },
    })),
  });
  await miniflare.ready;
  return {
    /** Every Worker creates `perWorker` customers at once; resolves with the wall time and what each saw. */
    async run({ perWorker, store, prefix, storeTimeout }) {
      const started = performance.now();
      const seen = await Promise.all(
        names.map(async (name) => {
          const response = await miniflare.dispatchFetch(`http://${name}.bench/create?count=${perWorker}&prefix=${prefix}-${name}&store=${store ? 1 : 0}&storeTimeout=${storeTimeout ?? ''}`);
          if (!response.ok) throw new Error(`${name} answered ${response.status}: ${await response.text()}`);
          return { ...(await response.json()), seconds: (performance.now() - started) / 1000 };
        }),
      );
      return seen;
    },
    stop: () => miniflare.dispose(),
  };
}
