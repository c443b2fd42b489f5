import { cellText, columnsOf, isRecord, rowOf } from './cells.js';
import type { ItemWriter } from './item-writer.js';
import type { Sink } from './sink.js';

/**
 * CSV (RFC 4180 quoting, `\n` line ends): the header is the first item's keys, nested values are
 * JSON. Later items' fields outside the header are left out, with one warning; missing ones are
 * empty cells. Text cells a spreadsheet would run as a formula are neutralised (see
 * `neutraliseFormula`) unless `raw`.
 */
export class CsvWriter implements ItemWriter {
  readonly #sink: Sink;
  readonly #warn: (message: string) => void;
  readonly #raw: boolean;
  #columns: string[] | undefined;
  #warned = false;

  constructor(sink: Sink, warn: (message: string) => void, raw = false) {
    this.#sink = sink;
    this.#warn = warn;
    this.#raw = raw;
  }

  write(items: readonly unknown[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    let text = '';
    if (this.#columns === undefined) {
      this.#columns = columnsOf(items[0]);
      text += csvLine(this.#columns, this.#raw);
    }
    const columns = this.#columns;
    for (const item of items) {
      this.#checkFields(item, columns);
      text += csvLine(rowOf(item, columns), this.#raw);
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

export function csvLine(values: readonly unknown[], raw = false): string {
  return `${values.map((value) => csvField(raw || typeof value !== 'string' ? cellText(value) : neutraliseFormula(value))).join(',')}\n`;
}

/** What spreadsheets (Excel, LibreOffice, Google Sheets) take as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's rule against CSV injection: a text cell that starts like a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return) gets a single quote in front, so that a customer named
 * `=HYPERLINK(...)` is shown as text, not run, when the file is opened in a spreadsheet. Numbers
 * are left alone (`-5` is a number, not a formula). `--csv-raw` turns this off, for programs
 * that read the CSV as data.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
