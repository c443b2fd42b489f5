// Several Workers in one workerd (miniflare 3), each bound to the same ChartMogulRateLimiter
// Durable Object, creating customers on the local ChartMogul over real HTTP at once. The mock
// counts ChartMogul's limits across all of them: with the shared store they never exceed them;
// without it the same Workers do (the control, so the test can fail).
import { createHandlers, FaultController, LoadMeter, withLoadMeter } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleWorker } from './workerd/bundle-worker.js';

const API_KEY = 'workerd-limiter-key-0d6e51c9';
const WORKERS = ['worker-a', 'worker-b', 'worker-c'];
// The Workers ask the object for 3 in flight and 10 starts a second (limiter-worker.mjs). The mock
// counts 3 in flight exactly (a lease covers the whole request); its rate is 14: arrivals reach
// it a variable time after admission, and three Workers unshared would send up to 30 a second.
const faults = new FaultController({
  limits: { maxConnections: 3, requestsPerSecond: 14 },
  rate: 1,
  modes: ['latency=60'],
});
// In front of the limits: the most in flight at once and the most arrived in any second, as the API would see them.
const meter = new LoadMeter();

let server: MockServer;
let miniflare: Miniflare;
let dataSource: string;

beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [API_KEY],
    handlers: withLoadMeter(createHandlers({ apiKeys: [API_KEY], faults }), meter),
  });
  const created = await fetch(`${server.url}/v1/data_sources`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${API_KEY}:`)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'workerd limiter' }),
  });
  dataSource = ((await created.json()) as { uuid: string }).uuid;
  const script = await bundleWorker('limiter-worker.mjs');
  miniflare = new Miniflare({
    workers: WORKERS.map((name, index) => ({
      name,
      routes: [`${name}.test/*`],
      modules: true,
      script,
      compatibilityDate: '2025-07-18',
      bindings: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: server.url, DATA_SOURCE: dataSource, WORKER: name },
      // The first Worker hosts the object; the others bind the same class there by scriptName.
      durableObjects: {
        CHARTMOGUL_LIMITER:
          index === 0 ? 'ChartMogulRateLimiter' : { className: 'ChartMogulRateLimiter', scriptName: WORKERS[0] },
      },
    })),
  });
  await miniflare.ready;
}, 60_000);

afterAll(async () => {
  await miniflare?.dispose();
  await server?.close();
});

beforeEach(async () => {
  // Starts from an idle account: the previous run's last second has passed.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  faults.clear();
  meter.clear();
});

interface Seen {
  created: number;
  statuses: Record<string, number>;
  refusals: number;
}

/** Every Worker creates `count` customers (3 at a time, or through the client), all at once; answers what each saw. */
async function createFromEveryWorker(
  count: number,
  store: boolean,
  how: 'create' | 'client' = 'create',
): Promise<Seen[]> {
  return Promise.all(
    WORKERS.map(async (name) => {
      const response = await miniflare.dispatchFetch(
        `http://${name}.test/${how}?count=${count}&lanes=3&store=${store ? 1 : 0}`,
      );
      return (await response.json()) as Seen;
    }),
  );
}

const overLimit = () => Object.entries(faults.stats.injected).filter(([spec]) => spec.startsWith('limit:'));

/** The account's load as the mock saw it, from all the Workers: within the 3 slots, and 14 a second. */
function expectWithinLimits() {
  expect(overLimit()).toEqual([]);
  const load = meter.stats(1_000);
  expect(load.maxInFlight).toBeLessThanOrEqual(3);
  expect(load.maxStartsPerWindow).toBeLessThanOrEqual(14);
}

describe('ChartMogulRateLimiter shared by several Workers in workerd', () => {
  it('keeps their combined requests within the slots and the rate the mock counts', async () => {
    const seen = await createFromEveryWorker(12, true);
    expect(seen.map((worker) => worker.created)).toEqual([12, 12, 12]);
    expect(seen.flatMap((worker) => Object.keys(worker.statuses))).toEqual([]);
    expectWithinLimits();
    // Nine lanes for three slots: the object did refuse, or nothing was shared.
    expect(seen.reduce((sum, worker) => sum + worker.refusals, 0)).toBeGreaterThan(0);
  });

  it("through the client's scheduler (rateLimit.store): the same, and every call succeeds", async () => {
    const seen = await createFromEveryWorker(12, true, 'client');
    expect(seen.flatMap((worker) => Object.keys(worker.statuses))).toEqual([]);
    expect(seen.map((worker) => worker.created)).toEqual([12, 12, 12]);
    expectWithinLimits();
  });

  it('without the store the same Workers go over (the control)', async () => {
    const seen = await createFromEveryWorker(12, false);
    expect(overLimit().length).toBeGreaterThan(0);
    expect(meter.stats(1_000).maxInFlight).toBeGreaterThan(3);
    expect(seen.reduce((sum, worker) => sum + worker.created, 0)).toBeLessThan(36);
  });
});
