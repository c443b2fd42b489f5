import type { OutputFormat } from '../command/cli-options.js';
import { CsvWriter } from './csv-writer.js';
import { JsonArrayWriter, JsonLinesWriter } from './json-writers.js';
import type { Sink } from './sink.js';
import { TableWriter } from './table-writer.js';

/** Writes a stream of items (the pages of a list, the results of an import) in one format. */
export interface ItemWriter {
  write(items: readonly unknown[]): Promise<void>;
  /** Closes the document (the JSON array's `]`). */
  end(): Promise<void>;
}

export interface OutputContext {
  readonly format: OutputFormat;
  readonly sink: Sink;
  /** For the table's width. */
  readonly terminalWidth: number;
  /** A message for stderr (notes and warnings about the output). */
  readonly note: (message: string) => void;
  /** `--csv-raw`: CSV cells exactly as the data, without the formula neutralising. */
  readonly csvRaw?: boolean;
}

export function createItemWriter(output: OutputContext): ItemWriter {
  switch (output.format) {
    case 'json':
      return new JsonArrayWriter(output.sink);
    case 'jsonl':
      return new JsonLinesWriter(output.sink);
    case 'csv':
      return new CsvWriter(output.sink, output.note, output.csvRaw === true);
    case 'table':
      return new TableWriter(output.sink, output.terminalWidth, output.note);
  }
}
