import { UsageError } from '../usage-error.js';
import { BULK_ONLY_OPTIONS } from './options.js';

/** The input and data source of `chartmogul import <file | -> --data-source-uuid ds_...`, checked before anything is read or sent. */
export function bulkImportArgs(words: readonly string[], options: ReadonlyMap<string, string | boolean>) {
  const [, input, ...extra] = words;
  if (input === undefined) throw new UsageError('chartmogul import needs a file: chartmogul import <file.jsonl | -> --data-source-uuid ds_... (- reads stdin).');
  if (extra.length > 0) throw new UsageError(`chartmogul import takes one file; unexpected ${extra.map((word) => `"${word}"`).join(' ')}. Options are written --name value.`);
  const dataSourceUuid = options.get('data-source-uuid');
  if (typeof dataSourceUuid !== 'string' || dataSourceUuid.trim() === '') {
    throw new UsageError('chartmogul import needs --data-source-uuid ds_...: the custom data source the records go into ("chartmogul data-sources list" shows yours).');
  }
  const resume = options.get('resume');
  return { input, dataSourceUuid, journalPath: typeof resume === 'string' ? resume : undefined };
}

/** --resume and the like mean something only to `chartmogul import`: elsewhere they are refused, not silently ignored. */
export function rejectBulkOnlyOptions(options: ReadonlyMap<string, string | boolean>): void {
  for (const name of BULK_ONLY_OPTIONS) {
    if (options.has(name)) throw new UsageError(`--${name} is an option of "chartmogul import" only.`);
  }
}
