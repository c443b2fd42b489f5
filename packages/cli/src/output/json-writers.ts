import type { ItemWriter } from './item-writer.js';
import { toJson } from './to-json.js';
import type { Sink } from './sink.js';

/** One JSON document per line. */
export class JsonLinesWriter implements ItemWriter {
  readonly #sink: Sink;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  write(items: readonly unknown[]): Promise<void> {
    return this.#sink.write(items.map((item) => `${toJson(item)}\n`).join(''));
  }

  end(): Promise<void> {
    return Promise.resolve();
  }
}

/** A JSON array written as the items arrive, one item per line, so it streams and stays valid JSON. */
export class JsonArrayWriter implements ItemWriter {
  readonly #sink: Sink;
  #started = false;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  write(items: readonly unknown[]): Promise<void> {
    let text = '';
    for (const item of items) {
      text += `${this.#started ? ',\n' : '[\n'}${toJson(item)}`;
      this.#started = true;
    }
    return this.#sink.write(text);
  }

  end(): Promise<void> {
    return this.#sink.write(this.#started ? '\n]\n' : '[]\n');
  }
}
