import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isRecord } from '../output/cells.js';

/** Fields the import adds to a failed record; dropped when the failed-records file is read back for a retry. */
export const FAILURE_FIELDS = ['_error', '_line', '_raw'] as const;

export type InputLine =
  | { readonly line: number; readonly record: Record<string, unknown> }
  | { readonly line: number; readonly raw: string; readonly problem: string };

/**
 * The records of a JSON-lines input, one at a time (blank lines skipped). A line that is not a
 * JSON object is reported, not thrown: it becomes a failed record like any other. A line of a
 * failed-records file is read back as the record it was: for a line that was not JSON, `_raw`.
 */
export async function* readRecords(input: Readable): AsyncGenerator<InputLine> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line += 1;
    if (text.trim() === '') continue;
    const parsed = parseLine(text);
    const retried = isRecord(parsed) && typeof parsed._raw === 'string' ? parseLine(parsed._raw) : parsed;
    const raw = isRecord(parsed) && typeof parsed._raw === 'string' ? parsed._raw : text;
    if (retried instanceof SyntaxError) {
      yield { line, raw, problem: `Line ${line} is not JSON: ${retried.message}` };
    } else if (!isRecord(retried)) {
      yield { line, raw, problem: `Line ${line} is not a JSON object.` };
    } else {
      const record = { ...retried };
      for (const field of FAILURE_FIELDS) delete record[field];
      yield { line, record };
    }
  }
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return error as SyntaxError;
  }
}

export function openInput(path: string, stdin: Readable): Readable {
  return path === '-' ? stdin : createReadStream(path);
}
