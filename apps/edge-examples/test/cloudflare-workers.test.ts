// The Cloudflare Workers example, bundled as wrangler does (the workerd condition) and run in
// workerd (miniflare 3) with the key and base URL as bindings.
import { Miniflare } from 'miniflare';
import { afterAll, expect, it } from 'vitest';
import { bundle, WORKERD } from './support/bundle.js';
import { API_KEY, useLocalChartMogul } from './support/chartmogul.js';

const local = useLocalChartMogul();
let miniflare: Miniflare | undefined;
afterAll(() => miniflare?.dispose());

it('pings and lists customers from a Worker in workerd, with the key from its bindings', async () => {
  const { code } = await bundle('examples/cloudflare-workers/src/index.ts', WORKERD);
  miniflare = new Miniflare({
    modules: true,
    script: code,
    compatibilityDate: '2025-07-18',
    bindings: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: local.url },
  });
  const response = await miniflare.dispatchFetch('http://example.test/');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(local.expected);
});
