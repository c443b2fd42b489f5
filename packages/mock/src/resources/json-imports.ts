import type { JsonObject } from '../http/body.js';
import { apiError, fieldErrors, HttpError, importNotFound } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { DataSourceRecord, JsonImportRecord } from '../store/records.js';
import { isoSeconds } from '../time/dates.js';
import { applyJsonImport, customersTouched, recordCount } from './json-import-apply.js';
import { stringField } from './fields.js';

/**
 * ChartMogul's cap: "The JSON payload size should not exceed 5MB" (reference "Import Data in
 * Bulk", dev.chartmogul.com/reference/import-data-bulk), read as 5,000,000 bytes. How the real
 * API refuses a larger body is not documented (its "Response Codes" page lists no 413); the mock
 * answers 413 Payload Too Large in the API's `{ code, message, param }` error shape, and the kit
 * never sends one that large.
 */
export const MAX_JSON_IMPORT_BYTES = 5_000_000;

/**
 * POST /v1/data_sources/{uuid}/json_imports: checks the size and the import's `external_id`
 * (unique per source, since the status can be asked by it; undocumented, assumed: 422), then
 * queues the import. Records are validated as the single-object endpoints do, but only when the
 * import is processed, as on the real service ("Validation of imported objects runs
 * asynchronously after the import", reference "Bulk Import").
 */
export function createJsonImport(account: Account, ds: DataSourceRecord, body: JsonObject, bytes: number): JsonImportRecord {
  const { jsonImportQueue: queue, collections } = account;
  if (bytes > MAX_JSON_IMPORT_BYTES) {
    queue.stats.tooLarge++;
    throw new HttpError(413, { code: 413, message: `The JSON payload is ${bytes} bytes; it must not exceed 5MB (${MAX_JSON_IMPORT_BYTES} bytes).`, param: null });
  }
  for (const key of ['customers', 'plans', 'invoices', 'line_items', 'transactions', 'subscription_events']) {
    if (body[key] !== undefined && !Array.isArray(body[key])) throw apiError(400, `"${key}" must be an array.`, key);
  }
  const externalId = stringField(body, 'external_id') ?? null;
  if (externalId !== null && collections.jsonImports.findUnique('external', ds.uuid, externalId) !== undefined) {
    queue.stats.duplicateExternalIds++;
    throw fieldErrors({ external_id: 'has already been taken' });
  }
  const now = account.now();
  const record = collections.jsonImports.insert({
    uuid: account.ids.uuid(),
    seq: account.nextSeq(),
    dataSourceUuid: ds.uuid,
    externalId,
    statusDetails: {},
    failed: false,
    createdAt: now,
    updatedAt: now,
  });
  queue.enqueue(record.uuid, customersTouched(account, ds, body), recordCount(body), now, (at) => {
    const details = applyJsonImport(account, ds, body);
    record.statusDetails = details;
    record.failed = Object.values(details).some((entry) => (entry as { status?: string }).status === 'failed');
    record.updatedAt = at;
    account.touch();
  });
  return record;
}

/** By the import's id, or by the `external_id` the client gave it (the docs use both). */
export function findJsonImport(account: Account, ds: DataSourceRecord, id: string): JsonImportRecord {
  const { jsonImports } = account.collections;
  const found = jsonImports.get(id) ?? jsonImports.findUnique('external', ds.uuid, id);
  if (found === undefined || found.dataSourceUuid !== ds.uuid) throw importNotFound('Import');
  return found;
}

/**
 * The import as the API shows it (reference "Track Import Status"): `queued` in the create
 * answer, then where the worker stands; `status_details` once it is done. `completed` when every
 * record was imported, `failed` when one was not (the docs name `failed` without saying when).
 */
export function jsonImportToWire(account: Account, record: JsonImportRecord, polling: boolean) {
  const queue = account.jsonImportQueue;
  const state = polling ? queue.stateOf(record.uuid, account.now()) : 'queued';
  if (polling) {
    queue.stats.polls++;
    if (state !== 'done') queue.stats.pollsBeforeDone++;
  }
  const done = state === 'done';
  return {
    id: record.uuid,
    data_source_uuid: record.dataSourceUuid,
    status: done ? (record.failed ? 'failed' : 'completed') : state,
    external_id: record.externalId,
    ...(done ? { status_details: record.statusDetails } : {}),
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(record.updatedAt),
  };
}
