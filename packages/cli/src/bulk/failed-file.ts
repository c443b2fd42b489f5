import { rename, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { FailedRecordsFile } from '../import/failed-file.js';
import { UsageError } from '../usage-error.js';

const SUFFIX = '.failed.jsonl';

/**
 * Where the failed records of `chartmogul import <input>` go: `<input>.failed.jsonl` by default,
 * and for an input that is itself a failed-records file, that same file (rewritten at the end
 * with what failed again), never `x.failed.jsonl.failed.jsonl`.
 */
export function failedPathFor(input: string, given: string | undefined): { path: string; replacesInput: boolean } {
  if (given !== undefined) {
    const path = resolve(given);
    if (input !== '-' && path === resolve(input)) {
      throw new UsageError('--failed must name another file than the input: the import reads the input while it writes failures.');
    }
    return { path, replacesInput: false };
  }
  if (input === '-') return { path: resolve('chartmogul-import.failed.jsonl'), replacesInput: false };
  if (basename(input).endsWith(SUFFIX)) return { path: resolve(input), replacesInput: true };
  return { path: resolve(`${input}${SUFFIX}`), replacesInput: false };
}

/**
 * The failed-records file, written as `<path>.partial` and moved into place by `finish`: the
 * previous file (or the input it replaces) stays whole until the run's is complete. The writing
 * itself is the import's `FailedRecordsFile` (owner-only, the key cut out, a full disk kept as
 * `error` instead of crashing the run).
 */
export class FailedFile {
  readonly path: string;
  readonly #partial: string;
  readonly #records: FailedRecordsFile;
  #count = 0;

  private constructor(path: string, records: FailedRecordsFile) {
    this.path = path;
    this.#partial = records.path;
    this.#records = records;
  }

  static async create(path: string, redact?: (text: string) => string): Promise<FailedFile> {
    const partial = `${path}.partial`;
    // A .partial left by a killed run is replaced: removed first, so that the new one is created with our mode.
    await rm(partial, { force: true });
    const records = await FailedRecordsFile.open(partial, redact).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot write the failed-records file ${partial} (${error.code ?? error.message}); choose another with --failed.`);
    });
    return new FailedFile(path, records);
  }

  get count(): number {
    return this.#count;
  }

  /** The first error writing the file (a full disk), if any: the file is then incomplete and not moved into place. */
  get error(): Error | undefined {
    return this.#records.error;
  }

  /** One line: the record as read, its reason in `_error` and its line in `_line` (both ignored when the file is imported again). Never rejects (see `error`). */
  async write(entry: Record<string, unknown>, reason: string, line: number | undefined): Promise<void> {
    this.#count += 1;
    await this.#records.write(`${JSON.stringify({ ...entry, _error: reason, ...(line === undefined ? {} : { _line: line }) })}\n`);
  }

  /**
   * Closes the file and moves it into place; with nothing in it, removes it and any older file
   * at `path` (whose records are now imported). `keepPrevious`: leave `path` as it was (an
   * interrupted run whose input is the failed file: records not sent are still only there).
   * An incomplete file (see `error`) never replaces `path` either.
   */
  async finish(keepPrevious: boolean): Promise<void> {
    await this.#records.close(true);
    if (keepPrevious || this.error !== undefined) return void (await rm(this.#partial, { force: true }));
    if (this.#count === 0) {
      await rm(this.#partial, { force: true });
      await rm(this.path, { force: true });
      return;
    }
    await rename(this.#partial, this.path);
  }
}
