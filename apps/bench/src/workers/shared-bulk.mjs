// One of the processes of the shared-limits benchmark: creates `records` customers with
// chartmogul-kit (Promise.all, default limits), optionally through a limiter store shared with
// the other processes. Prints "ready", waits for a line on stdin (all processes go together),
// then prints what it saw as JSON.
//   node shared-bulk.mjs <url> <key> <data source uuid> <records> <prefix> <none|redis> <redis url> <store timeout ms, or '' for the default>
import { createInterface } from 'node:readline';
import { measuredStore } from '../shared/measured-store.mjs';
import { redisStore } from '../shared/redis.mjs';

const [url, key, dataSource, count, prefix, storeKind, redisUrl, storeTimeout] = process.argv.slice(2);
const { ChartMogul } = await import('@chartmogul-kit/node');
const shared = storeKind === 'redis' ? measuredStore(await redisStore(redisUrl)) : undefined;
const cm = new ChartMogul({ apiKey: key, baseURL: url, logLevel: 'off', ...(shared ? { rateLimit: { store: shared.store, ...(storeTimeout ? { storeTimeout: Number(storeTimeout) } : {}) } } : {}) });
const records = Array.from({ length: Number(count) }, (_, i) => ({
  data_source_uuid: dataSource,
  external_id: `${prefix}-${i}`,
  name: `Customer ${i}`,
}));

console.log('ready');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));

const seen = { created: 0, errors: {} };
const cpuBefore = process.cpuUsage();
const started = performance.now();
const outcomes = await Promise.allSettled(records.map((record) => cm.customers.create(record)));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
for (const outcome of outcomes) {
  if (outcome.status === 'fulfilled') seen.created += 1;
  else {
    const reason = outcome.reason?.status ?? outcome.reason?.name ?? 'error';
    seen.errors[reason] = (seen.errors[reason] ?? 0) + 1;
  }
}
await shared?.close();
console.log(
  JSON.stringify({
    records: records.length,
    seconds,
    ...seen,
    cpuUsPerRecord: (cpu.user + cpu.system) / records.length,
    store: shared?.cost(records.length),
  }),
);
process.exit(0);
