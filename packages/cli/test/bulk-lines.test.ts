import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/bulk/line-index.js';
import { bulkRecords, type RefusedLine, recordProblem } from '../src/bulk/line-records.js';
import { readRecords } from '../src/import/read-records.js';

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe('LineIndex', () => {
  it('gives the line of each position across runs and gaps', () => {
    const index = new LineIndex();
    const lines = [1, 2, 3, 5, 6, 9, 17, 250, 251];
    for (const line of lines) index.push(line);
    expect(lines.map((_, position) => index.lineOf(position))).toEqual(lines);
    expect(index.lineOf(lines.length)).toBeUndefined();
    expect(index.lineOf(-1)).toBeUndefined();
  });

  it('holds one run for a file without gaps, however long', () => {
    const index = new LineIndex();
    for (let line = 1; line <= 100_000; line++) index.push(line);
    expect(index.lineOf(0)).toBe(1);
    expect(index.lineOf(99_999)).toBe(100_000);
    expect(index.lineOf(54_321)).toBe(54_322);
  });
});

describe('bulkRecords', () => {
  it('hands on the records and refuses, with line and reason, every line that is not one', async () => {
    const input = [
      '{"customer": {"external_id": "c1"}}',
      '',
      '{"plan": {"external_id": "p1"}}',
      '{"customer": {"external_id": "c2"}, "plan": {"external_id": "p2"}}',
      '{"custmer": {"external_id": "c3"}}',
      '{"invoice": "inv_1"}',
      '{"broken": ',
      '{}',
      '[1]',
      '{"line_item": {"invoice_external_id": "i1"}}',
    ].join('\n');
    const refused: RefusedLine[] = [];
    const lines = new LineIndex();
    const records = [];
    for await (const record of bulkRecords(readRecords(chunks(input)), lines, async (line) => void refused.push(line))) records.push(record);
    expect(records).toEqual([{ customer: { external_id: 'c1' } }, { plan: { external_id: 'p1' } }, { line_item: { invoice_external_id: 'i1' } }]);
    expect([0, 1, 2].map((position) => lines.lineOf(position))).toEqual([1, 3, 10]);
    expect(refused.map((line) => line.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(refused[0]?.reason).toMatch(/^Line 4: 2 keys \("customer", "plan"\)/);
    expect(refused[1]?.reason).toMatch(/unknown record type "custmer".*Did you mean "customer"\?/);
    expect(refused[2]?.reason).toContain('the value of "invoice" is not an object');
    expect(refused[3]).toMatchObject({ entry: { _raw: '{"broken": ' }, reason: expect.stringMatching(/^Line 7 is not JSON/) });
    expect(refused[4]?.reason).toContain('an empty object');
    expect(refused[5]?.reason).toBe('Line 9 is not a JSON object.');
  });

  it('keeps the first input\'s line numbers when a failed-records file is read back', async () => {
    const input = [
      JSON.stringify({ customer: { external_id: 'c9' }, _error: 'was refused', _line: 40 }),
      JSON.stringify({ _raw: '{"broken": ', _error: 'Line 41 is not JSON', _line: 41 }),
    ].join('\n');
    const refused: RefusedLine[] = [];
    const lines = new LineIndex();
    const records = [];
    for await (const record of bulkRecords(readRecords(chunks(input)), lines, async (line) => void refused.push(line))) records.push(record);
    expect(records).toEqual([{ customer: { external_id: 'c9' } }]);
    expect(lines.lineOf(0)).toBe(40);
    expect(refused).toEqual([{ line: 41, entry: { _raw: '{"broken": ' }, reason: expect.stringMatching(/^Line 41 is not JSON/) }]);
  });

  it('names no problem for each record type', () => {
    for (const type of ['customer', 'plan', 'invoice', 'line_item', 'transaction', 'subscription_event']) {
      expect(recordProblem({ [type]: {} })).toBeUndefined();
    }
  });
});
