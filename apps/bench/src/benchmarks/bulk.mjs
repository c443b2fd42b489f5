// 1. Bulk: creates against the mock with 150 ms latency and ChartMogul's limits switched on
// (429 beyond 40 requests/s, 503 beyond 20 in flight, per account), ours with Promise.all vs the
// official library's one-after-another loop vs the ideal (the rate limit itself).
import { runWorker, startMock } from '../lib/processes.mjs';

const RATE_LIMIT = 40;

export async function bulk({ records, officialRecords }) {
  const keys = { kit: 'bench-bulk-kit', official: 'bench-bulk-official' };
  const mock = await startMock({ apiKeys: Object.values(keys), faults: { limits: true, rate: 1, modes: ['latency=150'] } });
  try {
    const rows = [];
    for (const [contender, count] of [
      ['kit', records],
      ['official', officialRecords],
    ]) {
      const dataSource = await createDataSource(mock.url, keys[contender]);
      // Let that request leave the mock's one-second window: the run starts with the account idle.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await mock.clear();
      const result = await runWorker('bulk', [contender, mock.url, keys[contender], dataSource, count]);
      const { injected } = await mock.stats();
      rows.push({
        contender,
        ...result,
        answered429: sumWhere(injected, (spec) => spec.startsWith('limit:429') || spec.startsWith('429')),
        answered503: sumWhere(injected, (spec) => spec.startsWith('limit:503') || spec.startsWith('503')),
      });
    }
    return { rows, ideal: RATE_LIMIT };
  } finally {
    await mock.close();
  }
}

export async function createDataSource(url, key) {
  const response = await fetch(`${url}/v1/data_sources`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${key}:`)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench ${key}` }),
  });
  if (!response.ok) throw new Error(`could not create the data source: ${response.status} ${await response.text()}`);
  return (await response.json()).uuid;
}

function sumWhere(counts, test) {
  return Object.entries(counts).reduce((sum, [spec, n]) => sum + (test(spec) ? n : 0), 0);
}
