import { cellText, columnsOf, isRecord, rowOf } from './cells.js';
import type { ItemWriter } from './item-writer.js';
import type { Sink } from './sink.js';

/**
 * CSV (RFC 4180 quoting, `\n` line ends): the header is the first item's keys, nested values are
 * JSON. Later items' fields outside the header are left out, with one warning; missing ones are
 * empty cells.
 */
export class CsvWriter implements ItemWriter {
  readonly #sink: Sink;
  readonly #warn: (message: string) => void;
  #columns: string[] | undefined;
  #warned = false;

  constructor(sink: Sink, warn: (message: string) => void) {
    this.#sink = sink;
    this.#warn = warn;
  }

  write(items: readonly unknown[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    let text = '';
    if (this.#columns === undefined) {
      this.#columns = columnsOf(items[0]);
      text += csvLine(this.#columns);
    }
    const columns = this.#columns;
    for (const item of items) {
      this.#checkFields(item, columns);
      text += csvLine(rowOf(item, columns));
    }
    return this.#sink.write(text);
  }

  end(): Promise<void> {
    return Promise.resolve();
  }

  #checkFields(item: unknown, columns: readonly string[]): void {
    if (this.#warned || !isRecord(item)) return;
    const extra = Object.keys(item).filter((key) => !columns.includes(key));
    if (extra.length === 0) return;
    this.#warned = true;
    this.#warn(`Some items have fields outside the CSV header (${extra.join(', ')}); they are left out. Use --format jsonl to keep every field.`);
  }
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map((value) => csvField(cellText(value))).join(',')}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
