// Bulk import: one billing history (lib/billing-records.mjs) imported one way, measured.
//   node bulk-import.mjs per-record <url> <key> <data source> <customers>
//     customers.create then invoices.import (line item and transaction inside), Promise.all over
//     every customer, default options: the client's scheduler paces them at 40 requests/s.
//   node bulk-import.mjs bulk <url> <key> <data source> <customers> [customers per import]
//     bulkImport with default options (but customersPerImport, when given) over a generator of the records.
//   node --expose-gc bulk-import.mjs heap - <key> <data source> <file.jsonl> <customers per import> [processing ms]
//     bulkImport fed by streaming a JSON-lines file; peak live heap (after a full GC, every
//     10,000 records read, above the heap after a first tiny import) against the heap one batch
//     takes (its records and its JSON body).
//     The API is a stand-in `fetch` that reads each body's external id and completes each import
//     at once (or `processing ms` after it was sent, so that imports stay in flight): the
//     figure is the client's heap, and the mock's CPU would stretch a million records to minutes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { billingRecords, customerRecords, PLANS, planFields, RECORDS_PER_CUSTOMER } from '../lib/billing-records.mjs';

const [mode, url, key, dataSource, arg, arg2, arg3] = process.argv.slice(2);
const { ChartMogul, bulkImport } = await import('@chartmogul-kit/node');
const requests = {};
const hooks = { onRequest: ({ operation }) => void (requests[operation] = (requests[operation] ?? 0) + 1) };
const cm = mode === 'heap' ? standInClient() : new ChartMogul({ apiKey: key, baseURL: url, logLevel: 'off', hooks });

/** A client whose API accepts each import and answers it `completed` (the heap run), `processingMs` after it was sent (0: at once). */
function standInClient() {
  const processingMs = Number(arg3 ?? 0);
  const imports = new Map();
  const fetch = async (input, init) => {
    const request = new Request(input, init);
    const now = new Date().toISOString();
    if (request.method === 'POST') {
      // Only the external id (the body's first key): parsing the whole body would count the stand-in API's objects as the client's heap.
      // (A copy: a match is a slice that would keep the whole body alive.)
      const externalId = JSON.parse(JSON.stringify(/^\{"external_id":"([^"]*)"/.exec(await request.text())?.[1] ?? ''));
      const id = `imp_${imports.size + 1}`;
      imports.set(id, { externalId, at: Date.now() });
      return Response.json({ id, data_source_uuid: dataSource, status: 'queued', external_id: externalId, created_at: now, updated_at: now }, { status: 201 });
    }
    const id = new URL(request.url).pathname.split('/').at(-1);
    const { externalId, at } = imports.get(id);
    const status = Date.now() - at >= processingMs ? 'completed' : 'processing';
    return Response.json({ id, data_source_uuid: dataSource, status, external_id: externalId, created_at: now, updated_at: now });
  };
  return new ChartMogul({ apiKey: key, baseURL: 'https://api.chartmogul.com', fetch, rateLimit: false, logLevel: 'off', hooks });
}

if (mode === 'per-record') {
  const customers = Number(arg);
  const planUuids = {};
  for (const plan of PLANS) planUuids[plan.external_id] = (await cm.plans.create({ data_source_uuid: dataSource, ...planFields(plan) })).uuid;
  for (const name of Object.keys(requests)) delete requests[name];
  const errors = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: customers }, async (_, i) => {
      const [{ customer }, { invoice }, { line_item }, { transaction }] = customerRecords('per-record', i);
      try {
        const created = await cm.customers.create({ data_source_uuid: dataSource, ...customer });
        const { invoice_external_id: _i, plan_external_id, ...item } = line_item;
        const { invoice_external_id: _t, ...payment } = transaction;
        const { customer_external_id: _c, ...fields } = invoice;
        await cm.invoices.import(created.uuid, { invoices: [{ ...fields, line_items: [{ ...item, plan_uuid: planUuids[plan_external_id] }], transactions: [payment] }] });
      } catch (error) {
        const name = error?.status ?? error?.name ?? 'error';
        errors[name] = (errors[name] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const records = customers * RECORDS_PER_CUSTOMER;
  console.log(JSON.stringify({ customers, records, seconds, recordsPerSecond: records / seconds, requests, errors }));
} else if (mode === 'bulk') {
  const customers = Number(arg);
  const started = performance.now();
  const summary = await bulkImport(cm, dataSource, billingRecords('bulk', customers), arg2 ? { customersPerImport: Number(arg2) } : {});
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ customers, records: summary.read, seconds, recordsPerSecond: summary.imported / seconds, requests, summary }));
} else if (mode === 'heap') {
  const customersPerImport = Number(arg2);
  const sample = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed;
  };
  // One batch as the import holds it: its records and the JSON body sent.
  const measureOneBatch = () => {
    const before = sample();
    const batch = [];
    for (let i = 0; i < customersPerImport; i++) batch.push(...customerRecords('batch', i));
    const body = JSON.stringify({ external_id: 'x', customers: batch });
    const held = sample() - before;
    return batch.length > 0 && body.length > 0 ? held : 0;
  };
  const oneBatch = measureOneBatch();
  // A first tiny import loads what any first import loads once (the bulk code, fetch, Request and
  // Response, compiled functions: ~3.7 MiB on Node 20); without it that counted as heap the import holds.
  await bulkImport(cm, dataSource, billingRecords('warm', 4 * customersPerImport), { customersPerImport, pollInterval: { initialMs: 1 } });
  const start = sample();
  let read = 0;
  /** Live heap above the start, every 10,000 records: flat means the second half peaks no higher than the first. */
  const samples = [];
  async function* fromFile() {
    for await (const line of createInterface({ input: createReadStream(arg), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === '') continue;
      yield JSON.parse(line);
      if (++read % 10_000 === 0) samples.push(sample() - start);
    }
  }
  const started = performance.now();
  const summary = await bulkImport(cm, dataSource, fromFile(), { customersPerImport, pollInterval: { initialMs: 1 } });
  const seconds = (performance.now() - started) / 1000;
  samples.push(sample() - start);
  const half = Math.ceil(samples.length / 2);
  const mib = (bytes) => bytes / 2 ** 20;
  const peakOf = (list) => mib(Math.max(0, ...list));
  console.log(
    JSON.stringify({
      records: read,
      seconds,
      summary,
      requests,
      peakHeapMiB: peakOf(samples),
      peakFirstHalfMiB: peakOf(samples.slice(0, half)),
      peakSecondHalfMiB: peakOf(samples.slice(half)),
      oneBatchMiB: mib(oneBatch),
      baselineHeapMiB: mib(start),
    }),
  );
} else {
  throw new Error(`unknown mode ${mode}`);
}
