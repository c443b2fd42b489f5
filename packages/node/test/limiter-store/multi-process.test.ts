// Several Node processes, one ChartMogul account, one real redis-server: the limits hold across
// them as the local ChartMogul counts its load (not as each client believes it), a killed
// process's slots come back when their leases expire, and Redis stopped and started mid-run
// loses no call and never lets the processes run unlimited. The timings are loose on purpose:
// the machine is shared; the bounds asserted are the limits, not speeds.
import { ChartMogul, createRedisLimiterStore } from '@chartmogul-kit/node';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRedisServer, RedisServer } from '../../../core/test/support/redis-server.js';
import { API_KEY, killAll, sleep, startMeteredMock, startWorker, type Worker } from './run-workers.js';

const binary = findRedisServer();
if ('missing' in binary) console.warn(`[skip] multi-process limiter store: ${binary.missing}`);

/** Starts counted in windows a little shorter than the limit's second: arrivals bunch up on a busy machine. */
const COUNT_WINDOW_MS = 900;

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

  const run = (count: number, env: (i: number) => Record<string, string | number>) => {
    workers = Array.from({ length: count }, (_, i) => startWorker(env(i)));
    return Promise.all(workers.map((w) => w.done));
  };

  it('without a store, each process spends the whole limit: the account sees several times it', async () => {
    const { mock, meter } = await startMeteredMock(300);
    closers.push(() => mock.close());
    const reports = await run(4, () => ({ BASE_URL: mock.url, CALLS: 10, MAX_CONCURRENCY: 4, MAX_RPS: 20 }));
    expect(reports.map((r) => r.answered)).toEqual([10, 10, 10, 10]);
    // What the store is for: four processes that each keep to 4 in flight are more than 4 together.
    expect(meter.stats().maxInFlight).toBeGreaterThan(4);
  }, 60_000);

  it('with the store, 4 processes together keep to the slots and the rate, and every call is answered', async () => {
    const { mock, meter } = await startMeteredMock(300);
    closers.push(() => mock.close());
    const reports = await run(4, (i) => ({
      BASE_URL: mock.url,
      CALLS: 25,
      MAX_CONCURRENCY: 4,
      MAX_RPS: 20,
      REDIS_URL: redis.url,
      STORE_KEY: 'chartmogul:shared',
      REDIS_CLIENT: i % 2 === 0 ? 'ioredis' : 'node-redis',
    }));
    for (const report of reports) expect(report).toMatchObject({ answered: 25, errors: [], storeLines: [] });
    const stats = meter.stats(COUNT_WINDOW_MS);
    expect(stats.requests).toBe(100);
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(stats.maxStartsPerWindow).toBeLessThanOrEqual(20);
  }, 90_000);

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
    while (meter.stats().requests < 2) await sleep(20);
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
    const done = run(2, (i) => ({
      BASE_URL: mock.url,
      CALLS: 40,
      MAX_CONCURRENCY: 3,
      MAX_RPS: 10,
      REDIS_URL: redis.url,
      STORE_KEY: 'chartmogul:restart',
      REDIS_CLIENT: i === 0 ? 'ioredis' : 'node-redis',
    }));
    // Both connected to the store and sending: the outage comes mid-run for each of them.
    await Promise.all(workers.map((w) => w.ready));
    const before = meter.stats().requests;
    while (meter.stats().requests < before + 10) await sleep(20);
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
