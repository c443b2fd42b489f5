import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isRecord } from '../output/cells.js';
import { count } from '../output/progress.js';
import { MAX_LINE_BYTES, splitLines } from './split-lines.js';

/** Fields the import adds to a failed record; dropped when the failed-records file is read back for a retry. */
export const FAILURE_FIELDS = ['_error', '_line', '_raw'] as const;

export type InputLine = (
  | { readonly line: number; readonly record: Record<string, unknown> }
  | { readonly line: number; readonly raw: string; readonly problem: string }
) & {
  /** Read back from a failed-records file: the line the record had in the first input (its `_line`). */
  readonly sourceLine?: number;
};

/** A UTF-8 byte-order mark, as some editors (Notepad, Excel's "CSV UTF-8") start a file. */
const BOM = '\ufeff';

/**
 * The records of a JSON-lines input, one at a time (blank lines skipped). A line that is not a
 * JSON object, or is longer than `maxLineBytes`, is reported, not thrown: it becomes a failed
 * record like any other. A line of a failed-records file is read back as the record it was: for
 * a line that was not JSON, `_raw`. A byte-order mark before the first line is skipped.
 */
export async function* readRecords(input: AsyncIterable<Uint8Array | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let line = 0;
  for await (const read of splitLines(input, maxLineBytes)) {
    line += 1;
    if ('excerpt' in read) {
      const problem = `Line ${line} is longer than the limit of ${mebibytes(maxLineBytes)} a line (${count(read.bytes)} bytes): not sent; _raw holds its start. Shorten the record.`;
      yield { line, raw: read.excerpt, problem };
      continue;
    }
    const text = line === 1 ? withoutBom(read.text) : read.text;
    if (text.trim() === '') continue;
    const parsed = parseLine(text);
    const kept = isRecord(parsed) && typeof parsed._raw === 'string' ? parsed._raw : undefined;
    // A BOM that an earlier version kept in `_raw` is skipped on the retry too.
    const raw = kept === undefined ? text : withoutBom(kept);
    const retried = kept === undefined ? parsed : parseLine(raw);
    const source = isRecord(parsed) ? sourceLine(parsed._line) : {};
    if (retried instanceof SyntaxError) {
      yield { line, raw, problem: `Line ${line} is not JSON: ${retried.message}`, ...source };
    } else if (!isRecord(retried)) {
      yield { line, raw, problem: `Line ${line} is not a JSON object.`, ...source };
    } else {
      const record = { ...retried };
      for (const field of FAILURE_FIELDS) delete record[field];
      yield { line, record, ...source };
    }
  }
}

function sourceLine(value: unknown): { sourceLine?: number } {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? { sourceLine: value } : {};
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return error as SyntaxError;
  }
}

function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

function mebibytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
}

/** The input: stdin for `-`, else the file opened (and checked) before the import began. */
export function openInput(file: FileHandle | undefined, stdin: Readable): AsyncIterable<Uint8Array | string> {
  return file === undefined ? stdin : file.createReadStream();
}
