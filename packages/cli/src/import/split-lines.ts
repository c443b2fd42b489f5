/**
 * The longest input line the import reads: far above any record ChartMogul takes (an invoice
 * with hundreds of line items is a few hundred KiB), far below what a string can hold.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** How much of a line over the limit is kept, to say in the failed-records file which line it was. */
export const EXCERPT_BYTES = 1024;

const NEWLINE = 0x0a;

export type Line =
  | { readonly text: string }
  /** A line over the limit: only its first bytes were kept, the rest was read and dropped. */
  | { readonly excerpt: string; readonly bytes: number };

/**
 * Splits a byte stream into lines (`\n`, or `\r\n`), never holding more than `maxBytes` of one
 * line: past that, the line's bytes are counted and dropped until its end, so a 512 MB line
 * costs no memory and the lines after it are read as usual (readline would hold it whole and
 * crash past V8's string limit). A last line without a line end is a line.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let bytes = 0;
  /** Set once the line is over the limit: its first EXCERPT_BYTES (a copy, not a view of a chunk). */
  let excerpt: Buffer | undefined;

  const take = (piece: Buffer) => {
    if (excerpt === undefined && bytes + piece.length <= maxBytes) {
      if (piece.length > 0) parts.push(piece);
    } else if (excerpt === undefined) {
      excerpt = Buffer.from(Buffer.concat([...parts, piece]).subarray(0, EXCERPT_BYTES));
      parts = [];
    } else if (excerpt.length < EXCERPT_BYTES) {
      excerpt = Buffer.concat([excerpt, piece.subarray(0, EXCERPT_BYTES - excerpt.length)]);
    }
    bytes += piece.length;
  };
  const finish = (): Line => {
    const line: Line =
      excerpt === undefined
        ? { text: stripCarriageReturn(joined(parts).toString('utf8')) }
        : { excerpt: stripCarriageReturn(excerpt.toString('utf8')), bytes };
    parts = [];
    bytes = 0;
    excerpt = undefined;
    return line;
  };

  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // The chunk is referenced, not copied: a line in progress holds at most `maxBytes` of chunks.
    take(chunk.subarray(start));
  }
  if (bytes > 0) yield finish();
}

function joined(parts: readonly Buffer[]): Buffer {
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
