// 6. Bulk import: one billing history (customers, each with an invoice, its line item and its
// transaction, on one of a few plans) against the mock with ChartMogul's limits, 150 ms latency
// and bulk imports processed at `processingRate` records/s, one import at a time (the ceiling):
// the per-record path (customers.create + invoices.import) on a sample against bulkImport on all,
// in the same run; then the peak live heap while a JSON-lines file of `streamRecords` records is
// streamed into bulkImport, against one batch.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billingRecords, RECORDS_PER_CUSTOMER } from '../lib/billing-records.mjs';
import { runWorker, startMock } from '../lib/processes.mjs';
import { createDataSource } from './bulk.mjs';

/** How long the heap run's stand-in API takes to complete an import: long enough that imports are in flight (the default 4) while records are read. */
const STREAM_PROCESSING_MS = 300;

export async function bulkImport({ importCustomers, perRecordCustomers, streamRecords, processingRate, customersPerImport }) {
  const key = 'bench-bulk-import';
  const results = { processingRate, importCustomers, perRecordCustomers, streamRecords, customersPerImport };
  const mock = await startMock({ apiKeys: [key], faults: { limits: true, rate: 1, modes: ['latency=150'] }, jsonImports: { recordsPerSecond: processingRate } });
  try {
    const fresh = async (name) => {
      const dataSource = await createDataSource(mock.url, key);
      // Let that request leave the mock's one-second window: each run starts with the account idle.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await mock.clear();
      process.stderr.write(` ${name}...`);
      return dataSource;
    };
    results.perRecord = await runWorker('bulk-import', ['per-record', mock.url, key, await fresh('per-record'), perRecordCustomers]);
    results.perRecord.wire = limitAnswers((await mock.stats()).injected);
    const before = await importStats(mock.url, key);
    results.bulk = await runWorker('bulk-import', ['bulk', mock.url, key, await fresh('bulk'), importCustomers, customersPerImport]);
    results.bulk.wire = limitAnswers((await mock.stats()).injected);
    const after = await importStats(mock.url, key);
    results.bulk.mock = Object.fromEntries(['created', 'polls', 'pollsBeforeDone', 'recordsProcessed', 'orderingViolations', 'tooLarge'].map((name) => [name, after[name] - before[name]]));
  } finally {
    await mock.close();
  }
  results.heap = await streamHeap(key, streamRecords, customersPerImport);
  return results;
}

/** Streams a generated file of `records` records into bulkImport, against an API that completes each import 300 ms after it was sent (the figure is the client's heap). */
async function streamHeap(key, records, customersPerImport) {
  const dir = await mkdtemp(join(tmpdir(), 'chartmogul-bench-stream-'));
  try {
    const file = join(dir, 'records.jsonl');
    const out = createWriteStream(file);
    for (const record of billingRecords('stream', Math.ceil(records / RECORDS_PER_CUSTOMER))) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    }
    await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    process.stderr.write(' stream...');
    return await runWorker('bulk-import', ['heap', '-', key, 'ds_bench', file, customersPerImport, STREAM_PROCESSING_MS], ['--expose-gc']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function importStats(url, key) {
  const response = await fetch(`${url}/__mock/json_imports`, { headers: { authorization: `Basic ${btoa(`${key}:`)}` } });
  return response.json();
}

function limitAnswers(injected) {
  const sum = (prefix) => Object.entries(injected).reduce((total, [spec, n]) => total + (spec.startsWith(prefix) ? n : 0), 0);
  return { answered429: sum('limit:429'), answered503: sum('limit:503') };
}
