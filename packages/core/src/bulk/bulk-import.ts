import type { JsonImportsNamespace } from '../client/client-methods.js';
import type { BulkImportOptions, BulkImportSummary, BulkRecord } from './types.js';

/** What the bulk import needs of a client: the two raw calls, which go through its pipeline. */
export interface BulkImportClient {
  readonly jsonImports: Pick<JsonImportsNamespace, 'create' | 'retrieve'>;
}

/**
 * Imports records in bulk into a source through the Bulk Import API, with a client's pipeline
 * (its rate limit, retries, hooks, typed errors):
 *
 * ```ts
 * const summary = await bulkImport(cm, 'ds_...', records, { onFailedRecord: (f) => console.error(f.reason) });
 * ```
 *
 * Batches records by ChartMogul's rules (all records of a customer in one request, up to
 * `customersPerImport` customers, under 5 MB), sends a few at a time, follows each import to its
 * end and resolves with counts in which every record appears once. Records are read lazily, so a
 * file of millions keeps memory flat. With a `journal`, a run after a crash sends no batch twice.
 * A function rather than a client method, so that programs that do not import in bulk do not carry it.
 */
export async function bulkImport(
  _client: BulkImportClient,
  _dataSourceUuid: string,
  _records: Iterable<BulkRecord> | AsyncIterable<BulkRecord>,
  _options: BulkImportOptions = {},
): Promise<BulkImportSummary> {
  throw new Error('bulkImport: not implemented yet');
}
