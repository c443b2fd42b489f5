import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes text to a stream and waits when its buffer is full, so that a fast API and a slow
 * consumer (`| gzip > file`) never pile pages up in memory.
 */
export class Sink {
  readonly #stream: Writable;
  /** One wait for 'drain' shared by every writer (an import has many in flight): one listener, not one each. */
  #drained: Promise<void> | undefined;

  constructor(stream: Writable) {
    this.#stream = stream;
  }

  /** Rejects when the stream has failed or closed (a pipe's reader went away: EPIPE), now or while waiting. */
  async write(text: string): Promise<void> {
    if (this.#stream.destroyed) throw this.#stream.errored ?? new Error('The output was closed.');
    if (text === '' || this.#stream.write(text)) return;
    // `once` rejects on 'error': a write that failed at once (EPIPE) reports its error a tick later.
    this.#drained ??= once(this.#stream, 'drain')
      .then(() => undefined)
      .finally(() => {
        this.#drained = undefined;
      });
    await this.#drained;
  }
}
