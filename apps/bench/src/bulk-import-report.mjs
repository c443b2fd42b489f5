// The bulk-import benchmark's rows of the table (report.mjs).
import { fixed, met, ratio } from './lib/table.mjs';

/** ChartMogul's rate limit: the polls' share of it is what they take from other work. */
const RATE_LIMIT = 40;

export function bulkImportRows(r, add) {
  const { perRecord, bulk, heap, processingRate } = r;
  const count = (n) => n.toLocaleString('en');
  const sum = (requests) => Object.values(requests).reduce((a, b) => a + b, 0);
  const polls = bulk.requests['jsonImports.retrieve'] ?? 0;
  const requests = sum(bulk.requests);
  const pollsPerSecond = polls / bulk.seconds;
  const share = bulk.recordsPerSecond / processingRate;
  const wire = (w) => `429/503 answered: ${w.answered429}/${w.answered503}`;
  add(
    `6 bulk import: ${count(r.importCustomers)} customers x 4 records, 150 ms latency, limits on, mock processing ${count(processingRate)} records/s`,
    r.customersPerImport === 500 ? 'bulkImport, default options' : `bulkImport, customersPerImport ${count(r.customersPerImport)}`,
    `${fixed(bulk.recordsPerSecond, 0)} records/s (${count(bulk.summary.imported)} in ${fixed(bulk.seconds)} s, ${bulk.summary.imports} imports); ${requests} requests, ${polls} polls; ${wire(bulk.wire)}; ordering violations ${bulk.mock.orderingViolations}`,
    `${ratio(bulk.recordsPerSecond / perRecord.recordsPerSecond)} per-record; ${fixed(share * 100)} % of the processing rate`,
    `>= 90 % of the processing rate: ${met(share >= 0.9)}`,
  );
  add(
    '',
    '',
    `polls: ${fixed((polls / requests) * 100)} % of the requests; ${fixed(pollsPerSecond, 2)}/s = ${fixed((pollsPerSecond / RATE_LIMIT) * 100)} % of the 40/s rate limit`,
    '',
    `polls < 5 % of the rate limit: ${met(pollsPerSecond / RATE_LIMIT < 0.05)}`,
  );
  add(
    '',
    `per record (${count(perRecord.customers)} customers: customers.create + invoices.import)`,
    `${fixed(perRecord.recordsPerSecond)} records/s (${fixed(perRecord.seconds)} s); ${wire(perRecord.wire)}; errors seen: ${sum(perRecord.errors)}`,
    '',
    '',
  );
  add(
    `  streaming a ${count(heap.records)}-record file into bulkImport (customersPerImport ${count(r.customersPerImport ?? 500)})`,
    'peak live heap above the start',
    `${fixed(heap.peakHeapMiB)} MiB (first half ${fixed(heap.peakFirstHalfMiB)}, second half ${fixed(heap.peakSecondHalfMiB)}); one batch ${fixed(heap.oneBatchMiB)} MiB`,
    `${ratio(heap.peakHeapMiB / heap.oneBatchMiB)} one batch`,
    `< 2x one batch: ${met(heap.peakHeapMiB < 2 * heap.oneBatchMiB)}; flat (2nd half <= 1.1x 1st): ${met(heap.peakSecondHalfMiB <= 1.1 * heap.peakFirstHalfMiB)}`,
  );
}
