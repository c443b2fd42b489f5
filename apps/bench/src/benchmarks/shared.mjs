// 6. Shared limits: one ChartMogul account (one key) used by several clients at once, against
// the mock with 150 ms latency and ChartMogul's limits counted across all of them (per key: 429
// beyond 40 requests/s, 503 beyond 20 in flight). 1 and 8 Node processes without a store and
// with the Redis store (a real redis-server on a loopback port), and 8 Workers in workerd without
// a store and with the Durable Object store.
import { fileURLToPath } from 'node:url';
import { startMock } from '../lib/processes.mjs';
import { startRedisServer } from '../shared/redis-server.mjs';
import { runTogether } from '../shared/together.mjs';
import { startWorkers } from '../shared/workerd.mjs';
import { createDataSource } from './bulk.mjs';

export const SHARED_LIMIT = 40;
const PROCESSES = 8;
const script = fileURLToPath(new URL('../workers/shared-bulk.mjs', import.meta.url));

/**
 * `scenarioWords`: run only the scenarios whose name holds one of them (`--scenarios workers,redis`).
 * `storeTimeout`: the stores' `rateLimit.storeTimeout` (default the client's, 250 ms).
 */
export async function shared({ sharedRecords: records, scenarioWords, storeTimeout }) {
  const key = 'bench-shared';
  const mock = await startMock({ apiKeys: [key], faults: { limits: true, rate: 1, modes: ['latency=150'] }, meter: true });
  const redis = await startRedisServer();
  const rows = [];
  const notes = [];
  let workers;
  if (!redis) notes.push('Redis store skipped: no redis-server (install Debian\'s redis-server, or set REDIS_SERVER)');
  try {
    const dataSource = await createDataSource(mock.url, key);
    /** Runs one scenario from an idle account and adds its row with what the mock counted. */
    const measure = async (name, clients, run) => {
      // Let the previous scenario's last second pass: each starts with the account idle.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await mock.clear();
      await mock.clearLoad();
      const { seconds, results } = await run();
      const { maxInFlight, maxStartsPerWindow } = await mock.load();
      const { requests, injected } = await mock.stats();
      const sum = (pick) => results.reduce((total, result) => total + (pick(result) ?? 0), 0);
      const created = sum((r) => r.created);
      const errors = sum((r) => Object.values(r.errors).reduce((a, b) => a + b, 0));
      const withStore = results.filter((r) => r.store);
      rows.push({
        name,
        clients,
        records: sum((r) => r.records),
        created,
        errors,
        seconds,
        recordsPerSecond: created / seconds,
        requests,
        answered429: sumWhere(injected, (spec) => spec.startsWith('limit:429')),
        answered503: sumWhere(injected, (spec) => spec.startsWith('limit:503')),
        maxInFlight,
        maxStartsPerSecond: maxStartsPerWindow,
        cpuUsPerRecord: results[0]?.cpuUsPerRecord,
        store:
          withStore.length > 0
            ? {
                usPerRecord: withStore.reduce((t, r) => t + r.store.usPerRecord * r.records, 0) / sum((r) => (r.store ? r.records : 0)),
                roundTripsPerRecord: sum((r) => r.store?.roundTrips) / sum((r) => (r.store ? r.records : 0)),
              }
            : undefined,
      });
    };
    const processes = (count, storeKind) => () =>
      runTogether(
        script,
        Array.from({ length: count }, (_, i) => [mock.url, key, dataSource, Math.round(records / count), `${storeKind}-${count}-${i}-${Date.now()}`, storeKind, redis?.url ?? '', storeTimeout ?? '']),
      );

    const inWorkers = (store) => async () => {
      workers ??= await startWorkers({ count: PROCESSES, url: mock.url, key, dataSource });
      const results = await workers.run({ perWorker: Math.round(records / PROCESSES), store, prefix: `${store}-${Date.now()}`, storeTimeout });
      return { seconds: Math.max(...results.map((r) => r.seconds)), results };
    };
    const scenarios = [
      ['1 process, no store', 1, processes(1, 'none')],
      ['1 process, Redis store', 1, redis && processes(1, 'redis')],
      [`${PROCESSES} processes, no store`, PROCESSES, processes(PROCESSES, 'none')],
      [`${PROCESSES} processes, Redis store`, PROCESSES, redis && processes(PROCESSES, 'redis')],
      [`${PROCESSES} Workers (workerd), no store`, PROCESSES, inWorkers(false)],
      [`${PROCESSES} Workers (workerd), Durable Object store`, PROCESSES, inWorkers(true)],
    ];
    for (const [name, clients, run] of scenarios) {
      if (run && (!scenarioWords || scenarioWords.some((word) => name.toLowerCase().includes(word.toLowerCase())))) await measure(name, clients, run);
    }
    if (storeTimeout) notes.push(`the stores ran with rateLimit.storeTimeout ${storeTimeout} ms`);
    return { rows, limit: SHARED_LIMIT, notes, redis: redis?.binary };
  } finally {
    await workers?.stop();
    await redis?.stop();
    await mock.close();
  }
}

function sumWhere(counts, test) {
  return Object.entries(counts).reduce((sum, [spec, n]) => sum + (test(spec) ? n : 0), 0);
}
