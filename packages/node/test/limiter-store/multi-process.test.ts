// Several Node processes, one ChartMogul account, one real redis-server: the limits hold across
// them as the local ChartMogul counts its load (not as each client believes it), a killed
// process's slots come back when their leases expire, and Redis stopped and started mid-run
// loses no call and never lets the processes run unlimited. The timings are loose on purpose:
// the machine is shared; the bounds asserted are the limits, not speeds.
import { ChartMogul, createRedisLimiterStore } from '@chartmogul-kit/node';
import type { LoadMeter } from '@chartmogul-kit/mock';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRedisServer, RedisServer } from '../../../core/test/support/redis-server.js';
import { API_KEY, killAll, sleep, startMeteredMock, startWorker, type Worker } from './run-workers.js';

const binary = findRedisServer();
if ('missing' in binary) console.warn(`[skip] multi-process limiter store: ${binary.missing}`);

/**
 * Starts are counted in windows shorter than the limit's 1.05 s: between the store's admission and
 * the request's arrival, a busy machine's event loops add delays of their own that bunch arrivals
 * up (a quiet one, a few ms). 450 ms of tolerance; four processes without a store would still put
 * two and a half times the limit in such a window.
 */
const COUNT_WINDOW_MS = 600;

describe.skipIf('missing' in binary)('a Redis limiter store shared by several processes', () => {
  let redis: RedisServer;
  let workers: Worker[] = [];
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start((binary as { path: string }).path);
  });
  afterEach(async () => {
    killAll(workers);
    workers = [];
    for (const close of closers.splice(0)) await close();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** The workers' reports, once all have sent their calls (they start together). */
  const run = async (count: number, meter: LoadMeter, env: (i: number) => Record<string, string | number>) => {
    workers = Array.from({ length: count }, (_, i) => startWorker(env(i)));
    await Promise.all(workers.map((w) => w.ready));
    // The warm-up calls are not the run's.
    meter.clear();
    for (const worker of workers) worker.go();
    return Promise.all(workers.map((w) => w.done));
  };

  it('without a store, each process spends the whole limit: the account sees several times it', async () => {
    const { mock, meter } = await startMeteredMock(300);
    closers.push(() => mock.close());
    const reports = await run(4, meter, () => ({ BASE_URL: mock.url, CALLS: 10, MAX_CONCURRENCY: 4, MAX_RPS: 20 }));
    expect(reports.map((r) => r.answered)).toEqual([10, 10, 10, 10]);
    // What the store is for: four processes that each keep to 4 in flight are more than 4 together.
    expect(meter.stats().maxInFlight).toBeGreaterThan(4);
  }, 60_000);

  // Two loads: long requests, where the slots bind (3 in flight at 300 ms is 10 a second, under
  // the rate); short ones, where the rate binds.
  it.each([
    { binds: 'the slots', latencyMs: 300, MAX_CONCURRENCY: 3, MAX_RPS: 40 },
    { binds: 'the rate', latencyMs: 20, MAX_CONCURRENCY: 20, MAX_RPS: 8 },
  ])(
    "with the store, 4 processes together keep to the account's limits where $binds bind(s), and every call is answered",
    async ({ latencyMs, MAX_CONCURRENCY, MAX_RPS }) => {
      const { mock, meter } = await startMeteredMock(latencyMs);
      closers.push(() => mock.close());
      const reports = await run(4, meter, (i) => ({
        BASE_URL: mock.url,
        CALLS: 15,
        MAX_CONCURRENCY,
        MAX_RPS,
        REDIS_URL: redis.url,
        STORE_KEY: `chartmogul:shared:${MAX_RPS}`,
        REDIS_CLIENT: i % 2 === 0 ? 'ioredis' : 'node-redis',
      }));
      for (const report of reports) expect(report).toMatchObject({ answered: 15, errors: [], storeLines: [] });
      const stats = meter.stats(COUNT_WINDOW_MS);
      expect(stats.requests).toBe(60);
      expect(stats.maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENCY);
      expect(stats.maxStartsPerWindow).toBeLessThanOrEqual(MAX_RPS);
    },
    90_000,
  );

  it("gives a killed process's slots back when their leases expire", async () => {
    const LEASE_MS = 3_000;
    const { mock, meter } = await startMeteredMock(0);
    closers.push(() => mock.close());
    const env = {
      BASE_URL: mock.url,
      MAX_CONCURRENCY: 2,
      MAX_RPS: 40,
      REDIS_URL: redis.url,
      STORE_KEY: 'chartmogul:killed',
      LEASE_MS,
    };
    const spawnedAt = performance.now();
    // Two calls the mock holds for a minute: both of the account's slots are taken, then the process dies.
    workers = [startWorker({ ...env, CALLS: 2, FAULT: 'latency=60000' })];
    workers[0]?.go();
    // Its warm-up call, then the two held ones.
    while (meter.stats().requests < 3) await sleep(20);
    workers[0]?.child.kill('SIGKILL');
    const killedAt = performance.now();

    const client = new Redis(redis.url);
    closers.push(async () => client.disconnect());
    const store = createRedisLimiterStore(client, { key: 'chartmogul:killed' });
    let firstStart: number | undefined;
    const cm = new ChartMogul({
      apiKey: API_KEY,
      baseURL: mock.url,
      rateLimit: { maxConcurrency: 2, store, leaseMs: LEASE_MS },
      hooks: { onRequest: () => void (firstStart ??= performance.now()) },
    });
    await expect(Promise.all([cm.ping(), cm.ping()])).resolves.toHaveLength(2);
    // Not before the dead process's leases ran out (they were taken after it was spawned)...
    expect((firstStart as number) - spawnedAt).toBeGreaterThanOrEqual(LEASE_MS);
    // ...and soon after: the lease time, with room for a busy machine.
    expect((firstStart as number) - killedAt).toBeLessThan(LEASE_MS + 5_000);
  }, 60_000);

  it('Redis stopped and started mid-run: no call lost, never above the local limits, back on the store after', async () => {
    const { mock, meter } = await startMeteredMock(100);
    closers.push(() => mock.close());
    const done = run(2, meter, (i) => ({
      BASE_URL: mock.url,
      CALLS: 40,
      MAX_CONCURRENCY: 3,
      MAX_RPS: 10,
      REDIS_URL: redis.url,
      STORE_KEY: 'chartmogul:restart',
      REDIS_CLIENT: i === 0 ? 'ioredis' : 'node-redis',
    }));
    // Both connected to the store and sending: the outage comes mid-run for each of them.
    while (meter.stats().requests < 10) await sleep(20);
    await redis.stop();
    await sleep(1_500);
    await redis.start();
    const reports = await done;

    for (const report of reports) {
      expect(report.answered).toBe(40);
      expect(report.errors).toEqual([]);
      // One warning for the outage, not one per request, and a line when the store came back.
      expect(report.storeLines.filter((l) => l.level === 'warn')).toEqual([
        { level: 'warn', message: expect.stringMatching(/rate-limit store \(redis\) failed .*own limits/) },
      ]);
      expect(report.storeLines.some((l) => /answers again/.test(l.message))).toBe(true);
    }
    // Never unlimited: at most each process's own limits, together.
    const stats = meter.stats(COUNT_WINDOW_MS);
    expect(stats.maxInFlight).toBeLessThanOrEqual(2 * 3);
    expect(stats.maxStartsPerWindow).toBeLessThanOrEqual(2 * 10);
    // The restarted server holds the account's keys: the processes went back to the store.
    const client = new Redis(redis.url);
    closers.push(async () => client.disconnect());
    expect(await client.exists('{chartmogul:restart}:state')).toBe(1);
  }, 120_000);
});
