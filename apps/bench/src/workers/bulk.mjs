// Bulk: creates `records` customers and reports records/s and what the caller saw.
//   node bulk.mjs <kit|official> <url> <key> <data source uuid> <records>
// chartmogul-kit: Promise.all over every create, default options (the client's scheduler paces them).
// chartmogul-node: its usual loop, one create after another.
import { createRequire } from 'node:module';

const [contender, url, key, dataSource, count] = process.argv.slice(2);
const records = Array.from({ length: Number(count) }, (_, i) => ({
  data_source_uuid: dataSource,
  external_id: `${contender}-${i}`,
  name: `Customer ${i}`,
}));
const seen = { created: 0, errors: {} };
const count429or503 = (status) => {
  seen.errors[status] = (seen.errors[status] ?? 0) + 1;
};

const started = performance.now();
if (contender === 'kit') {
  const { ChartMogul } = await import('@chartmogul-kit/node');
  const cm = new ChartMogul({ apiKey: key, baseURL: url, logLevel: 'off' });
  const outcomes = await Promise.allSettled(records.map((record) => cm.customers.create(record)));
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') seen.created += 1;
    else count429or503(outcome.reason?.status ?? outcome.reason?.name ?? 'error');
  }
} else {
  const ChartMogul = createRequire(import.meta.url)('chartmogul-node');
  const config = new ChartMogul.Config(key, url);
  for (const record of records) {
    try {
      await ChartMogul.Customer.create(config, record);
      seen.created += 1;
    } catch (error) {
      count429or503(error?.httpStatus ?? error?.status ?? error?.name ?? 'error');
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ records: records.length, seconds, recordsPerSecond: records.length / seconds, ...seen }));
