import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { RequestOptions } from '../config/options.js';
import { DEFAULT_POLL } from './follow.js';
import { memoryJournal } from './memory-journal.js';
import type { BulkImportJournal, BulkImportOptions, BulkPollInterval } from './types.js';

/** ChartMogul's cap on a Bulk Import request ("The JSON payload size should not exceed 5MB"), read as 5,000,000 bytes. */
export const MAX_IMPORT_BYTES = 5_000_000;
/** The default: the cap less 10 % headroom. */
export const DEFAULT_IMPORT_BYTES = 4_500_000;
/** The middle of ChartMogul's advice: "between 100 and 1,000 customers ... per Bulk Import API query". */
export const DEFAULT_CUSTOMERS_PER_IMPORT = 500;
export const DEFAULT_CONCURRENCY = 4;
/** ChartMogul serves at most 20 requests of an account at once. */
const MAX_CONCURRENCY = 20;
/** The smallest cap: a body that holds the envelope and a modest record. */
const MIN_IMPORT_BYTES = 1_000;

export interface BulkSettings {
  readonly customersPerImport: number;
  readonly maxImportBytes: number;
  readonly concurrency: number;
  readonly journal: BulkImportJournal;
  readonly signal: AbortSignal | undefined;
  readonly poll: Required<BulkPollInterval>;
  readonly requestOptions: RequestOptions;
  readonly onProgress: BulkImportOptions['onProgress'];
  readonly onFailedRecord: BulkImportOptions['onFailedRecord'];
}

function integer(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new InvalidParameterError(name, `bulkImport: ${name} must be a whole number from ${min} to ${max}, not ${String(value)}.`);
}

function callback<T>(name: string, value: T | undefined): T | undefined {
  if (value === undefined || typeof value === 'function') return value;
  throw new InvalidParameterError(name, `bulkImport: ${name} must be a function.`);
}

/** The options checked and completed: a typed error before anything is read or sent. */
export function bulkSettings(dataSourceUuid: unknown, records: unknown, options: BulkImportOptions | undefined): BulkSettings {
  if (typeof dataSourceUuid !== 'string' || dataSourceUuid.trim() === '') {
    throw new InvalidParameterError('dataSourceUuid', 'bulkImport: pass the uuid of the source to import into (ds_...), as the first argument after the client.');
  }
  const iterable = records as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.iterator] !== 'function' && typeof iterable[Symbol.asyncIterator] !== 'function')) {
    throw new InvalidParameterError('records', 'bulkImport: records must be an iterable or async iterable of records such as { customer: {...} }.');
  }
  const o = options ?? {};
  const journal = o.journal ?? memoryJournal();
  if (typeof journal?.load !== 'function' || typeof journal.record !== 'function') {
    throw new InvalidParameterError('journal', 'bulkImport: journal must have load() and record(entry) methods.');
  }
  // By shape, not instanceof: a signal from another realm or a polyfill is as good.
  const signal = o.signal as { aborted?: unknown; addEventListener?: unknown } | undefined;
  if (signal !== undefined && (typeof signal?.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new InvalidParameterError('signal', 'bulkImport: signal must be an AbortSignal.');
  }
  const poll = { ...DEFAULT_POLL, ...o.pollInterval };
  for (const key of ['initialMs', 'maxMs', 'factor'] as const) {
    const value = poll[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < (key === 'factor' ? 1 : 0)) {
      throw new InvalidParameterError(`pollInterval.${key}`, `bulkImport: pollInterval.${key} must be a number of at least ${key === 'factor' ? 1 : 0}.`);
    }
  }
  if (o.requestOptions !== undefined && 'signal' in o.requestOptions) {
    throw new InvalidParameterError('requestOptions.signal', 'bulkImport: pass the signal as the signal option, not in requestOptions.');
  }
  return {
    customersPerImport: integer('customersPerImport', o.customersPerImport, DEFAULT_CUSTOMERS_PER_IMPORT, 1, 100_000),
    maxImportBytes: integer('maxImportBytes', o.maxImportBytes, DEFAULT_IMPORT_BYTES, MIN_IMPORT_BYTES, MAX_IMPORT_BYTES),
    concurrency: integer('concurrency', o.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    journal,
    signal: o.signal,
    poll,
    requestOptions: { ...o.requestOptions, ...(o.signal ? { signal: o.signal } : {}) },
    onProgress: callback('onProgress', o.onProgress),
    onFailedRecord: callback('onFailedRecord', o.onFailedRecord),
  };
}
