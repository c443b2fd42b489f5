// The Nitro server route example (ChartMogul through the app's ofetch $fetch), run on Node, Deno
// and workerd: it pings and lists customers through the app's interceptor, and a failing call is
// sent as often as the client's retry rule says, not ofetch's.
import { Miniflare } from 'miniflare';
import { afterAll, expect, it, vi } from 'vitest';
import { bundle, WORKERD } from './support/bundle.js';
import { API_KEY, type LocalChartMogul, useLocalChartMogul } from './support/chartmogul.js';
import { runDeno } from './support/deno.js';
import { runNitroScenario } from './harness/nitro-scenario.js';

const local = useLocalChartMogul();
let miniflare: Miniflare | undefined;
afterAll(() => miniflare?.dispose());

type Outcome = Awaited<ReturnType<typeof runNitroScenario>>;

function expectScenario(outcome: Outcome, mock: LocalChartMogul) {
  expect(outcome.result).toEqual(mock.expected);
  // The ping and the one page, both through the app's interceptor.
  expect(outcome.routeRequests).toEqual([
    { url: `${mock.url}/v1/ping`, trace: 'nitro-1' },
    { url: `${mock.url}/v1/customers?per_page=20`, trace: 'nitro-1' },
  ]);
  expect(outcome.error).toEqual({ name: 'InternalServerError', status: 503 });
  expect(outcome.failingAttempts).toBe(2);
}

it('Node: the route answers through the app’s $fetch, and the client’s retry rule holds', async () => {
  vi.stubEnv('CHARTMOGUL_API_KEY', API_KEY);
  vi.stubEnv('CHARTMOGUL_API_BASE', local.url);
  try {
    expectScenario(await runNitroScenario(local.url, API_KEY), local);
  } finally {
    vi.unstubAllEnvs();
  }
});

it('Deno: the same, with Nitro’s Deno permissions (net to the mock, env)', async () => {
  const { code, output } = await runDeno(
    [
      'run',
      '--no-prompt',
      '--unstable-sloppy-imports',
      '--allow-net=127.0.0.1',
      '--allow-env',
      'test/harness/nitro-deno.ts',
      local.url,
      API_KEY,
    ],
    { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: local.url },
  );
  expect(code, output).toBe(0);
  expectScenario(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'), local);
});

it('workerd: the same, bundled for the workerd condition', async () => {
  const { code, inputs } = await bundle('test/harness/nitro-worker.ts', WORKERD);
  expect(inputs).toContain('../../packages/core/dist/ofetch.js');
  expect(inputs).toContain('../../packages/node/dist/edge.js');
  miniflare = new Miniflare({
    modules: true,
    script: code,
    compatibilityDate: '2025-07-18',
    bindings: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: local.url },
  });
  const response = await miniflare.dispatchFetch('http://example.test/');
  expectScenario((await response.json()) as Outcome, local);
});
