import { describe, expect, it } from 'vitest';
import { type Batch, Batcher, ENVELOPE_BYTES } from '../../src/bulk/batcher.js';
import { classify } from '../../src/bulk/classify.js';
import type { BulkRecord } from '../../src/index.js';
import { customerRecords, plan } from './support.js';

/** Every batch the batcher makes of these records, and the records that failed. */
function batchesOf(records: BulkRecord[], customersPerImport: number, maxBytes: number) {
  const batcher = new Batcher('ds_1', customersPerImport, maxBytes);
  const batches: Batch[] = [];
  const failed: number[] = [];
  records.forEach((record, index) => {
    const c = classify(record);
    if (typeof c === 'string') throw new Error(c);
    const out = batcher.add(index, c);
    batches.push(...out.sealed);
    failed.push(...out.failed.map((f) => f.item.index));
  });
  const last = batcher.finish();
  if (last) batches.push(last);
  return { batches, failed };
}

const customersOf = (batch: Batch) => [...new Set(batch.items.filter((i) => i.group.startsWith('c:')).map((i) => i.group))];

describe('the batcher', () => {
  const records = [plan(), ...Array.from({ length: 12 }, (_, n) => customerRecords(n)).flat()];

  it('gives the same batches, with the same external ids, for the same input and options', () => {
    const a = batchesOf(records, 5, 100_000).batches;
    const b = batchesOf(records, 5, 100_000).batches;
    expect(a.map((batch) => batch.externalId)).toEqual(b.map((batch) => batch.externalId));
    expect(a.map(customersOf).map((c) => c.length)).toEqual([5, 5, 2]);
    expect(a[0]?.externalId).toMatch(/^bulk-000000-[0-9a-f]{16}$/);
    // Another source, other ids.
    const other = new Batcher('ds_2', 5, 100_000);
    const c = classify(records[0] as BulkRecord);
    if (typeof c === 'string') throw new Error(c);
    other.add(0, c);
    expect(other.finish()?.externalId).not.toBe(batchesOf([records[0] as BulkRecord], 5, 100_000).batches[0]?.externalId);
  });

  it('keeps each batch’s estimate under the byte cap and never splits a customer', () => {
    for (const cap of [1_500, 2_500, 7_000]) {
      const { batches, failed } = batchesOf(records, 1_000, cap);
      expect(failed).toEqual([]);
      for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(cap);
      const all = batches.flatMap(customersOf);
      expect(new Set(all).size).toBe(all.length);
      expect(batches.flatMap((batch) => batch.items.map((i) => i.index)).sort((x, y) => x - y)).toEqual(records.map((_, i) => i));
    }
  });

  it('a customer seen again after its batch closed goes in a later batch that holds it again; a line item follows its invoice’s customer', () => {
    const late: BulkRecord = { transaction: { invoice_external_id: 'inv_0', type: 'refund', date: '2024-02-01', result: 'successful' } };
    const { batches } = batchesOf([...records, late], 5, 100_000);
    const last = batches.at(-1) as Batch;
    expect(last.items.at(-1)?.group).toBe('c:cus_0');
    expect(last.holds).toContain('c:cus_0');
    expect(batches[0]?.holds).toContain('c:cus_0');
    // Plans are held by the batch that carries them and needed by those that name them.
    expect(batches[0]?.holds).toContain('p:gold');
    expect(batches[1]?.needs).toEqual(['p:gold']);
  });

  it('fails a customer too large for any batch, with its later records, and leaves the others', () => {
    const big: BulkRecord[] = [{ customer: { external_id: 'big' } }];
    for (let i = 0; i < 30; i++) big.push({ invoice: { external_id: `b${i}`, customer_external_id: 'big', date: '2024-01-01', currency: 'USD' } });
    const input = [...customerRecords(1), ...big, ...customerRecords(2)];
    const { batches, failed } = batchesOf(input, 10, 2_000 + ENVELOPE_BYTES);
    expect(failed).toEqual(big.map((_, i) => 4 + i));
    expect(batches.flatMap(customersOf)).toEqual(['c:cus_1', 'c:cus_2']);
  });
});
