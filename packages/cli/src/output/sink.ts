import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes text to a stream and waits when its buffer is full, so that a fast API and a slow
 * consumer (`| gzip > file`) never pile pages up in memory.
 */
export class Sink {
  readonly #stream: Writable;

  constructor(stream: Writable) {
    this.#stream = stream;
  }

  async write(text: string): Promise<void> {
    if (text === '' || this.#stream.write(text)) return;
    await once(this.#stream, 'drain');
  }
}
