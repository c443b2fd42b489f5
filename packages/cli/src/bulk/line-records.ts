import type { BulkRecord, BulkRecordType } from '@chartmogul-kit/node';
import { didYouMean } from '../command/names.js';
import type { InputLine } from '../import/read-records.js';
import { isRecord } from '../output/cells.js';
import type { LineIndex } from './line-index.js';

export const RECORD_TYPES: readonly BulkRecordType[] = ['customer', 'plan', 'invoice', 'line_item', 'transaction', 'subscription_event'];

/** A line that never reached the import: what goes to the failed-records file, and why. */
export interface RefusedLine {
  /** The line in the first input (kept when a failed-records file is read back). */
  readonly line: number;
  /** The record as read, or `{ _raw }` for a line that is not a JSON object. */
  readonly entry: Record<string, unknown>;
  readonly reason: string;
}

/**
 * The bulk records of a JSON-lines input, each an object with one key naming its type. A line
 * that is not one (not JSON, an unknown type, two keys, ...) goes to `refuse` with its reason and
 * is not handed on. The line of every record handed on goes into `lines`, so that the import's
 * failures (by position) can say their line.
 */
export async function* bulkRecords(
  input: AsyncIterable<InputLine>,
  lines: LineIndex,
  refuse: (refused: RefusedLine) => Promise<void>,
): AsyncGenerator<BulkRecord> {
  for await (const read of input) {
    const line = read.sourceLine ?? read.line;
    if ('raw' in read) {
      // readRecords numbers the line in this file; a failed-records file keeps the first input's.
      await refuse({ line, entry: { _raw: read.raw }, reason: read.problem.replace(/^Line \d+ /, `Line ${line} `) });
      continue;
    }
    const problem = recordProblem(read.record);
    if (problem !== undefined) {
      await refuse({ line, entry: read.record, reason: `Line ${line}: ${problem}` });
      continue;
    }
    lines.push(line);
    yield read.record as BulkRecord;
  }
}

/** Why an object is not a bulk record, or undefined when it is one. */
export function recordProblem(record: Record<string, unknown>): string | undefined {
  const keys = Object.keys(record);
  const expected = `a record is an object with one key naming its type (${RECORD_TYPES.join(', ')})`;
  if (keys.length !== 1) {
    const found = keys.length === 0 ? 'an empty object' : `${keys.length} keys (${keys.map((key) => JSON.stringify(key)).join(', ')})`;
    return `${found}; ${expected}, e.g. {"customer": {"external_id": "cus_1"}}.`;
  }
  const type = keys[0] as string;
  if (!(RECORD_TYPES as readonly string[]).includes(type)) {
    return `unknown record type ${JSON.stringify(type)}; ${expected}.${didYouMean(type, RECORD_TYPES)}`;
  }
  if (!isRecord(record[type])) return `the value of "${type}" is not an object: it is one element of the Bulk Import API's ${type}s array.`;
  return undefined;
}
