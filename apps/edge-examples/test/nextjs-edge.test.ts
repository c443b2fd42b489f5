// The Next.js route handler example, bundled as Next.js does for the Edge Runtime (the edge-light
// condition, no Node built-ins) and run in Vercel's Edge Runtime emulator (`edge-runtime`).
import { EdgeRuntime } from 'edge-runtime';
import { expect, it } from 'vitest';
import { bundle, EDGE_LIGHT, WORKERD } from './support/bundle.js';
import { API_KEY, useLocalChartMogul } from './support/chartmogul.js';

const local = useLocalChartMogul();

it('pings and lists customers from a Next.js edge route in the Edge Runtime, with the key from process.env', async () => {
  const { code, inputs } = await bundle('test/harness/nextjs-edge-entry.ts', EDGE_LIGHT, 'iife');
  // @chartmogul-kit/node resolved to its fetch-only build.
  expect(inputs).toContain('../../packages/node/dist/edge.js');
  expect(inputs).not.toContain('../../packages/node/dist/index.js');
  const runtime = new EdgeRuntime({
    initialCode: code,
    // Vercel's Edge Runtime gives process.env; the emulator leaves it to its host.
    extend: (context) =>
      Object.assign(context, { process: { env: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: local.url } } }),
  });
  const response = await runtime.dispatchFetch('http://localhost/api/chartmogul');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(local.expected);
});

it.each([
  ['edge-light', EDGE_LIGHT],
  ['workerd', WORKERD],
  ['worker', ['worker']],
  ['browser', ['browser']],
])('@chartmogul-kit/node under the %s condition resolves to the build without node: imports', async (_, conditions) => {
  const { code, inputs } = await bundle('examples/nextjs/app/api/chartmogul/route.ts', conditions);
  expect(inputs).toContain('../../packages/node/dist/edge.js');
  expect(code).not.toMatch(/(from|import\()\s*["']node:/);
});
