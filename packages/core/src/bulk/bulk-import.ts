import type { JsonImportsNamespace } from '../client/client-methods.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { BulkRun } from './bulk-run.js';
import { bulkSettings } from './settings.js';
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
  client: BulkImportClient,
  dataSourceUuid: string,
  records: Iterable<BulkRecord> | AsyncIterable<BulkRecord>,
  options?: BulkImportOptions,
): Promise<BulkImportSummary> {
  if (typeof client?.jsonImports?.create !== 'function') {
    throw new InvalidParameterError('client', 'bulkImport: pass a ChartMogul client as the first argument.');
  }
  const settings = bulkSettings(dataSourceUuid, records, options);
  return new BulkRun(client, dataSourceUuid, settings).run(records);
}
