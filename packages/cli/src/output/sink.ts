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

  async write(text: string): Promise<void> {
    if (text === '' || this.#stream.write(text)) return;
    this.#drained ??= once(this.#stream, 'drain').then(() => {
      this.#drained = undefined;
    });
    await this.#drained;
  }
}
