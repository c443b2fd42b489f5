import { cellText, columnsOf, rowOf } from './cells.js';
import { escapeControls } from './control-characters.js';
import type { ItemWriter } from './item-writer.js';
import type { Sink } from './sink.js';

const MAX_CELL_WIDTH = 40;
const MIN_CELL_WIDTH = 8;
const GAP = '  ';

/**
 * A table for people at a terminal. Streams: the columns and their widths come from the first
 * batch (a page), later cells are cut to fit. Columns beyond the terminal's width are left out,
 * with a note on stderr pointing to the formats that keep everything.
 */
export class TableWriter implements ItemWriter {
  readonly #sink: Sink;
  readonly #width: number;
  readonly #note: (message: string) => void;
  #columns: { name: string; width: number }[] | undefined;

  constructor(sink: Sink, terminalWidth: number, note: (message: string) => void) {
    this.#sink = sink;
    this.#width = terminalWidth;
    this.#note = note;
  }

  write(items: readonly unknown[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    let text = '';
    if (this.#columns === undefined) {
      this.#columns = this.#fit(items);
      text += line(this.#columns.map((column) => pad(column.name.toUpperCase(), column.width)));
    }
    const columns = this.#columns;
    const names = columns.map((column) => column.name);
    for (const item of items) {
      text += line(rowOf(item, names).map((value, index) => pad(cellText(value), (columns[index] as { width: number }).width)));
    }
    return this.#sink.write(text);
  }

  end(): Promise<void> {
    return Promise.resolve();
  }

  #fit(items: readonly unknown[]): { name: string; width: number }[] {
    const names = columnsOf(items[0]);
    const fitted: { name: string; width: number }[] = [];
    let used = 0;
    for (const [index, name] of names.entries()) {
      const longest = Math.max(oneLine(name).length, ...items.map((item) => oneLine(cellText(rowOf(item, names)[index])).length));
      const gap = fitted.length > 0 ? GAP.length : 0;
      const room = this.#width - used - gap;
      const width = Math.min(longest, MAX_CELL_WIDTH, Math.max(room, name.length));
      // A column that would be cut below a few characters tells nothing: leave it and the rest out.
      if (fitted.length > 0 && (room < MIN_CELL_WIDTH || width > room)) break;
      fitted.push({ name, width });
      used += gap + width;
    }
    const omitted = names.length - fitted.length;
    if (omitted > 0) {
      this.#note(`${omitted} more column(s) do not fit the terminal: ${names.slice(fitted.length).join(', ')}. Use --format json, jsonl or csv for every field.`);
    }
    return fitted;
  }
}

/** Two columns, field and value: how a single record reads best. */
export function keyValueTable(record: Readonly<Record<string, unknown>>, terminalWidth: number): string {
  const keys = Object.keys(record);
  const keyWidth = Math.min(Math.max(0, ...keys.map((key) => key.length)), MAX_CELL_WIDTH);
  const valueWidth = Math.max(terminalWidth - keyWidth - GAP.length, 10);
  return keys.map((key) => line([pad(key, keyWidth), pad(cellText(record[key]), valueWidth)])).join('');
}

/** A cell on one line of a terminal: line breaks and tabs as spaces, other control characters (a server's ESC sequences) escaped. */
function oneLine(text: string): string {
  return escapeControls(text.replace(/[\r\n\t]+/g, ' '));
}

function pad(text: string, width: number): string {
  const flat = oneLine(text);
  return flat.length > width ? `${flat.slice(0, Math.max(width - 1, 0))}…` : flat.padEnd(width);
}

function line(cells: readonly string[]): string {
  return `${cells.join(GAP).trimEnd()}\n`;
}
