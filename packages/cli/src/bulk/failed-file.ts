import { constants } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Sink } from '../output/sink.js';
import { UsageError } from '../usage-error.js';

const SUFFIX = '.failed.jsonl';
/** Records may hold customers' names and emails: only the owner reads the file. */
const FILE_MODE = 0o600;

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
 * The failed-records file, written as `<path>.partial` (created 0600) and moved into place by
 * `finish`: the previous file (or the input it replaces) stays whole until the run's is complete.
 */
export class FailedFile {
  readonly path: string;
  readonly #partial: string;
  readonly #file: FileHandle;
  readonly #stream: ReturnType<FileHandle['createWriteStream']>;
  readonly #sink: Sink;
  #count = 0;

  private constructor(path: string, file: FileHandle) {
    this.path = path;
    this.#partial = `${path}.partial`;
    this.#file = file;
    this.#stream = file.createWriteStream();
    this.#sink = new Sink(this.#stream);
  }

  static async create(path: string): Promise<FailedFile> {
    const partial = `${path}.partial`;
    // A .partial left by a killed run is replaced: removed first, so that the new one is created with our mode.
    await rm(partial, { force: true });
    const file = await open(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, FILE_MODE).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot write the failed-records file ${partial} (${error.code ?? error.message}); choose another with --failed.`);
    });
    return new FailedFile(path, file);
  }

  get count(): number {
    return this.#count;
  }

  /** One line: the record as read, its reason in `_error` and its line in `_line` (both ignored when the file is imported again). */
  async write(entry: Record<string, unknown>, reason: string, line: number | undefined): Promise<void> {
    this.#count += 1;
    await this.#sink.write(`${JSON.stringify({ ...entry, _error: reason, ...(line === undefined ? {} : { _line: line }) })}\n`);
  }

  /**
   * Closes the file and moves it into place; with nothing in it, removes it and any older file
   * at `path` (whose records are now imported). `keepPrevious`: leave `path` as it was (an
   * interrupted run whose input is the failed file: records not sent are still only there).
   */
  async finish(keepPrevious: boolean): Promise<void> {
    await new Promise<void>((done, reject) => this.#stream.end((error?: Error | null) => (error ? reject(error) : done())));
    await this.#file.close().catch(() => undefined);
    if (keepPrevious) return void (await rm(this.#partial, { force: true }));
    if (this.#count === 0) {
      await rm(this.#partial, { force: true });
      await rm(this.path, { force: true });
      return;
    }
    await rename(this.#partial, this.path);
  }
}
