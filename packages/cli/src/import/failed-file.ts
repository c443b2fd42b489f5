import type { WriteStream } from 'node:fs';
import { type FileHandle, open, rm } from 'node:fs/promises';
import { Sink } from '../output/sink.js';

/**
 * The failed-records file. It holds the records themselves (names, emails, amounts), so it is
 * created readable by its owner only (0600), whatever the umask and the input's own mode. A
 * failure to write it (a full disk) never ends the import: the first error is kept for the
 * summary, the counts stay right, and the command exits non-zero.
 */
export class FailedRecordsFile {
  readonly path: string;
  readonly #stream: WriteStream;
  readonly #sink: Sink;
  /** Only a regular file is made private or removed when empty: never a device (`--failed /dev/null`) or a pipe. */
  readonly #regular: boolean;
  readonly #redact: (text: string) => string;
  #error: Error | undefined;

  private constructor(path: string, file: FileHandle, regular: boolean, redact: (text: string) => string) {
    this.path = path;
    this.#regular = regular;
    this.#redact = redact;
    this.#stream = file.createWriteStream();
    // Without a listener a write error (ENOSPC) would be thrown as an uncaught exception.
    this.#stream.on('error', (error) => this.#keep(error));
    this.#sink = new Sink(this.#stream);
  }

  /**
   * Opens (creates or empties) the file; rejects with the file system's error. `redact` cuts the
   * key out of each line: an error body may echo it, and the file is meant to be read and shared.
   */
  static async open(path: string, redact: (text: string) => string = (text) => text): Promise<FailedRecordsFile> {
    const file = await open(path, 'w', 0o600);
    try {
      const stat = await file.stat();
      // `open`'s mode applies to a new file only: one left by an earlier run keeps its own.
      if (stat.isFile() && (stat.mode & 0o077) !== 0) await file.chmod(0o600);
      return new FailedRecordsFile(path, file, stat.isFile(), redact);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** The first error writing the file, if any: the file is then incomplete. */
  get error(): Error | undefined {
    return this.#error;
  }

  /** Appends one line. Never rejects: an error is kept (see `error`). */
  async write(line: string): Promise<void> {
    if (this.#error !== undefined) return;
    await this.#sink.write(this.#redact(line)).catch((error: Error) => this.#keep(error));
  }

  /** Flushes and closes the file; removes it when it holds nothing (`keep` false) and is a regular file. */
  async close(keep: boolean): Promise<void> {
    await new Promise<void>((done) => this.#stream.end((error?: Error | null) => done(error ? this.#keep(error) : undefined)));
    if (!keep && this.#regular) await rm(this.path, { force: true });
  }

  #keep(error: Error): void {
    this.#error ??= error;
  }
}
