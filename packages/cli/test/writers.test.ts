import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BoundedConcurrency } from '../src/import/bounded-concurrency.js';
import { CsvWriter, csvLine } from '../src/output/csv-writer.js';
import { JsonArrayWriter } from '../src/output/json-writers.js';
import { Sink } from '../src/output/sink.js';
import { TableWriter } from '../src/output/table-writer.js';
import { parseCsv } from './support/parse-csv.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  return { sink: new Sink(stream), text: () => text };
}

describe('output writers', () => {
  it('CSV quotes what needs quoting and round-trips through an RFC 4180 reader', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', ' edge ', '', 42, true, null, { nested: [1, 'x'] }];
    expect(parseCsv(csvLine(values))).toEqual([['plain', 'a,b', 'say "hi"', 'two\nlines', ' edge ', '', '42', 'true', '', '{"nested":[1,"x"]}']]);
  });

  it('CSV takes its header from the first item and warns once about fields outside it', async () => {
    const out = capture();
    const warnings: string[] = [];
    const writer = new CsvWriter(out.sink, (message) => warnings.push(message));
    await writer.write([{ a: 1, b: 2 }]);
    await writer.write([{ b: 3, c: 4 }, { a: 5, d: 6 }]);
    expect(parseCsv(out.text())).toEqual([['a', 'b'], ['1', '2'], ['', '3'], ['5', '']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('c');
  });

  it('the streamed JSON array is valid JSON, empty or not', async () => {
    for (const batches of [[], [[1, { a: 'x' }], [], [null]]]) {
      const out = capture();
      const writer = new JsonArrayWriter(out.sink);
      for (const batch of batches) await writer.write(batch);
      await writer.end();
      expect(JSON.parse(out.text())).toEqual(batches.flat());
    }
  });

  it('the table keeps to the terminal width and cuts long cells', async () => {
    const out = capture();
    const notes: string[] = [];
    const writer = new TableWriter(out.sink, 30, (message) => notes.push(message));
    await writer.write([{ uuid: 'cus_1', name: 'x'.repeat(100), email: 'a@b.c' }]);
    const lines = out.text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^UUID\s+NAME$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines[1]).toMatch(/^cus_1\s+x+…$/);
    expect(notes[0]).toContain('email');
  });
});

describe('BoundedConcurrency', () => {
  it('never has more than its limit in flight, and settles when all are done', async () => {
    const limit = new BoundedConcurrency(3);
    let active = 0;
    let peak = 0;
    let done = 0;
    for (let i = 0; i < 20; i++) {
      await limit.whenFree();
      limit.start(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, i % 4));
        active--;
        done++;
      });
    }
    await limit.settled();
    expect(done).toBe(20);
    expect(peak).toBe(3);
  });
});

describe('Sink', () => {
  it('lets many writers wait for one drain (one listener), keeping their order', async () => {
    const written: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const sink = new Sink(slow);
    const writes = Array.from({ length: 20 }, (_, index) => sink.write(`line ${index}\n`));
    expect(slow.listenerCount('drain')).toBe(1);
    await Promise.all(writes);
    expect(written).toEqual(Array.from({ length: 20 }, (_, index) => `line ${index}\n`));
  });
});
