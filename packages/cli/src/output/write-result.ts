import type { OperationSpec } from '@chartmogul-kit/node';
import { isRecord } from './cells.js';
import { createItemWriter, type OutputContext } from './item-writer.js';
import { keyValueTable } from './table-writer.js';
import { toJson } from './to-json.js';

/** Paging fields, shown in JSON but not as part of a page's rows. */
const PAGE_FIELDS = new Set(['has_more', 'cursor']);

/**
 * Writes one answer. JSON shows it exactly as the API sent it. The row formats show its list
 * (a page's items, a metric's entries) as rows; a table adds the other fields below, and a
 * single record becomes a field/value table.
 */
export async function writeResult(output: OutputContext, operation: OperationSpec, result: unknown): Promise<void> {
  if (result === undefined) return;
  if (output.format === 'json') return output.sink.write(`${toJson(result, 2)}\n`);
  const listKey = operation.paging?.items ?? soleListKey(result);
  if (listKey === undefined || !isRecord(result)) {
    if (output.format === 'table' && isRecord(result)) return output.sink.write(keyValueTable(result, output.terminalWidth));
    const writer = createItemWriter(output);
    await writer.write([result]);
    return writer.end();
  }
  const writer = createItemWriter(output);
  await writer.write(result[listKey] as unknown[]);
  await writer.end();
  if (output.format !== 'table') return;
  const rest = Object.fromEntries(Object.entries(result).filter(([key]) => key !== listKey && !PAGE_FIELDS.has(key)));
  if (Object.keys(rest).length > 0) await output.sink.write(`\n${keyValueTable(rest, output.terminalWidth)}`);
}

/** The key of the one list of records in an answer (`entries` of a metric, `data_sources`), if there is exactly one. */
function soleListKey(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const lists = Object.keys(result).filter((key) => {
    const value = result[key];
    return Array.isArray(value) && value.every(isRecord);
  });
  return lists.length === 1 ? lists[0] : undefined;
}
