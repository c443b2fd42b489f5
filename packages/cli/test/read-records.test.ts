import { describe, expect, it } from 'vitest';
import { type InputLine, readRecords } from '../src/import/read-records.js';
import { EXCERPT_BYTES, splitLines } from '../src/import/split-lines.js';

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

async function collect<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n across chunk boundaries, a last line without a line end included', async () => {
    const lines = await collect(splitLines(chunks('a\r', '\nb', 'c\n\nd')));
    expect(lines).toEqual([{ text: 'a' }, { text: 'bc' }, { text: '' }, { text: 'd' }]);
  });

  it('keeps only the start of a line over the limit, counts it whole, and reads the lines after it', async () => {
    const long = 'x'.repeat(EXCERPT_BYTES + 500);
    // The long line arrives in pieces, as a stream delivers it; the limit is tiny here.
    const lines = await collect(splitLines(chunks('{"a":1}\n', long.slice(0, 700), long.slice(700), '\n{"b":2}\n'), 64));
    expect(lines).toEqual([{ text: '{"a":1}' }, { excerpt: 'x'.repeat(EXCERPT_BYTES), bytes: long.length }, { text: '{"b":2}' }]);
  });

  it('takes a line of exactly the limit', async () => {
    expect(await collect(splitLines(chunks('12345678\n'), 8))).toEqual([{ text: '12345678' }]);
    expect(await collect(splitLines(chunks('123456789\n'), 8))).toEqual([{ excerpt: '123456789', bytes: 9 }]);
  });
});

describe('readRecords', () => {
  it('skips a UTF-8 byte-order mark before the first line, even split across chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const records = await collect(readRecords(chunks(bom.subarray(0, 1), Buffer.concat([bom.subarray(1), Buffer.from('{"a":1}\n{"b":2}')]))));
    expect(records).toEqual<InputLine[]>([
      { line: 1, record: { a: 1 } },
      { line: 2, record: { b: 2 } },
    ]);
  });

  it('retries a failed-records line whose _raw kept a byte-order mark', async () => {
    const failedLine = JSON.stringify({ _raw: '\ufeff{"a":1}', _error: { message: 'Line 1 is not JSON' }, _line: 1 });
    expect(await collect(readRecords(chunks(`${failedLine}\n`)))).toEqual([{ line: 1, record: { a: 1 }, sourceLine: 1 }]);
  });

  it("keeps a failed-records line's _line as its sourceLine: the line it had in the first input", async () => {
    const lines = [JSON.stringify({ a: 1, _error: 'x', _line: 17 }), JSON.stringify({ _raw: '{"b":', _error: 'y', _line: 250 }), JSON.stringify({ c: 3, _line: 'no' })];
    expect(await collect(readRecords(chunks(`${lines.join('\n')}\n`)))).toEqual([
      { line: 1, record: { a: 1 }, sourceLine: 17 },
      expect.objectContaining({ line: 2, raw: '{"b":', sourceLine: 250 }),
      { line: 3, record: { c: 3 } },
    ]);
  });

  it('reports a line over the limit as a problem, with its start as _raw', async () => {
    const [tooLong, next] = await collect(readRecords(chunks(`{"name":"${'y'.repeat(100)}"}\n{"c":3}\n`), 32));
    expect(tooLong).toMatchObject({ line: 1, raw: `{"name":"${'y'.repeat(100)}"}` });
    expect('problem' in (tooLong as InputLine) && (tooLong as { problem: string }).problem).toContain('longer than the limit');
    expect(next).toEqual({ line: 2, record: { c: 3 } });
  });
});
