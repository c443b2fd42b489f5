import { describe, expect, it } from 'vitest';
import { type BulkImportJournal, type BulkJournalEntry, type BulkRecord, bulkImport, type FailedRecord, InvalidParameterError, memoryJournal } from '../../src/index.js';
import { customerRecords, expectCounted, FAST_POLL, history, plan, useBulkMock } from './support.js';

const mock = useBulkMock();

/** The bodies the client sends to create imports, as sent. */
function recordingFetch() {
  const bodies: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST' && url.endsWith('/json_imports') && typeof init.body === 'string') bodies.push(init.body);
    return fetch(input, init);
  };
  return { bodies, fetchImpl };
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

// Real HTTP to the mock and imports processed over time: generous on a shared 2-core machine.
describe('bulkImport against the mock over HTTP', { timeout: 60_000 }, () => {
  it('imports a history in batches of customersPerImport, every record counted once', async () => {
    mock.rate(20_000);
    const { bodies, fetchImpl } = recordingFetch();
    const cm = mock.client({ fetch: fetchImpl });
    const ds = await mock.dataSource(cm);
    const before = { ...mock.stats };
    const progress: number[] = [];
    const summary = await bulkImport(cm, ds, history(25), {
      customersPerImport: 10,
      pollInterval: FAST_POLL,
      onProgress: (p) => progress.push(p.imported),
    });
    expectCounted(summary, 1 + 25 * 4);
    expect(summary).toMatchObject({ imported: 101, failed: 0, skipped: 0, imports: 3, resumedImports: 0, aborted: false });
    const sent = bodies.map((body) => JSON.parse(body));
    expect(sent.map((body) => body.customers.length)).toEqual([10, 10, 5]);
    // Plans lead the first request; each customer's four records travel together.
    expect(sent[0].plans).toHaveLength(1);
    for (const body of sent) expect(body.invoices.map((i: { customer_external_id: string }) => i.customer_external_id)).toEqual(body.customers.map((c: { external_id: string }) => c.external_id));
    expect(new Set(sent.map((body) => body.external_id)).size).toBe(3);
    expect(mock.stats.orderingViolations - before.orderingViolations).toBe(0);
    expect(progress.at(-1)).toBe(101);
    const customers = await cm.customers.list({ data_source_uuid: ds, per_page: 200 });
    expect(customers.entries).toHaveLength(25);
  });

  it('keeps every request under maxImportBytes, counted in UTF-8 bytes of the body sent', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const { bodies, fetchImpl } = recordingFetch();
    const cm = mock.client({ fetch: fetchImpl });
    const ds = await mock.dataSource(cm);
    // Multi-byte names: a cap counted in characters would be passed.
    const records = [...history(30)].map((r) => ('customer' in r ? { customer: { ...r.customer, name: 'Zoë Łukasz 東京 🎉'.repeat(20) } } : r));
    const summary = await bulkImport(cm, ds, records, { maxImportBytes: 4_000, pollInterval: FAST_POLL });
    expectCounted(summary, records.length);
    expect(summary.failed).toBe(0);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(bytesOf(body)).toBeLessThanOrEqual(4_000);
    // Customers are not split across requests.
    const customersSent = bodies.flatMap((body) => JSON.parse(body).customers ?? []).map((c: { external_id: string }) => c.external_id);
    expect(new Set(customersSent).size).toBe(30);
  });

  it('fails a customer whose records alone exceed the cap, unsent, and imports the rest', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    const big: BulkRecord[] = [{ customer: { external_id: 'big', name: 'Big' } }];
    for (let i = 0; i < 40; i++) big.push({ invoice: { external_id: `big_${i}`, customer_external_id: 'big', date: '2024-01-01T00:00:00Z', currency: 'USD' } });
    const records = [plan(), ...customerRecords(1), ...big, ...customerRecords(2)];
    const failures: FailedRecord[] = [];
    const summary = await bulkImport(cm, ds, records, { maxImportBytes: 3_000, pollInterval: FAST_POLL, onFailedRecord: (f) => failures.push(f) });
    expectCounted(summary, records.length);
    expect(summary.failed).toBe(big.length);
    expect(failures.map((f) => f.index)).toEqual(big.map((_, i) => 5 + i));
    expect(failures[0]?.reason).toMatch(/customer "big".*maxImportBytes 3000/);
    expect(failures[0]?.record).toEqual(big[0]);
    const listed = await cm.customers.list({ data_source_uuid: ds });
    expect(listed.entries.map((c) => c.external_id).sort()).toEqual(['cus_1', 'cus_2']);
  });

  it('reports bad records with a reason, in the shape they came in, and ChartMogul’s words for invalid ones', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    const records = [
      plan(),
      ...customerRecords(1),
      { customer: { name: 'no id' } },
      { coupon: { external_id: 'x' } },
      { customer: { external_id: 'a' }, plan: { external_id: 'b' } },
      'not an object',
      { invoice: { external_id: 'inv_bad', customer_external_id: 'cus_1', currency: 'USD' } },
    ] as unknown as BulkRecord[];
    const failures: FailedRecord[] = [];
    const summary = await bulkImport(cm, ds, records, { pollInterval: FAST_POLL, onFailedRecord: (f) => failures.push(f) });
    expectCounted(summary, records.length);
    expect(summary).toMatchObject({ imported: 5, failed: 5, skipped: 0 });
    const byIndex = new Map(failures.map((f) => [f.index, f]));
    expect(byIndex.get(5)?.reason).toMatch(/no external_id/);
    expect(byIndex.get(6)?.reason).toMatch(/exactly one key.*"coupon"/);
    expect(byIndex.get(7)?.reason).toMatch(/exactly one key/);
    expect(byIndex.get(8)?.reason).toMatch(/must be an object/);
    // Sent, and refused by ChartMogul (the mock validates as the invoice endpoint does): its words.
    expect(byIndex.get(9)?.reason).toMatch(/date/);
    // Read back from the JSON sent: equal to the record given, in the shape to feed in again.
    expect(byIndex.get(9)?.record).toEqual(records[9]);
  });

  it('waits for a customer’s earlier import to finish before sending its records again', async () => {
    mock.rate(100);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    const before = mock.stats.orderingViolations;
    // (The mock's own tests show it counts a client that breaks the rule.)
    // cus_0 comes back after the others: its event must wait for the import holding its customer.
    const records = [
      ...history(6),
      { subscription_event: { external_id: 'ev_late', customer_external_id: 'cus_0', event_type: 'subscription_cancelled', event_date: '2024-03-01T00:00:00Z', effective_date: '2024-03-01T00:00:00Z', subscription_external_id: 'sub_0' } },
      ...customerRecords(6),
    ] as BulkRecord[];
    const summary = await bulkImport(cm, ds, records, { customersPerImport: 2, concurrency: 4, pollInterval: FAST_POLL });
    expectCounted(summary, records.length);
    expect(summary.failed).toBe(0);
    expect(mock.stats.orderingViolations - before).toBe(0);
  });

  it('rejects bad options with a typed error before any request', async () => {
    const cm = mock.client();
    const calls = () => bulkImport(cm, 'ds_x', [], { customersPerImport: 0 });
    await expect(calls()).rejects.toThrow(InvalidParameterError);
    await expect(bulkImport(cm, 'ds_x', [], { maxImportBytes: 6_000_000 })).rejects.toThrow(/maxImportBytes/);
    await expect(bulkImport(cm, '', [])).rejects.toThrow(/dataSourceUuid|uuid/);
    await expect(bulkImport(cm, 'ds_x', 42 as never)).rejects.toThrow(/iterable/);
    await expect(bulkImport(cm, 'ds_x', [], { journal: {} as never })).rejects.toThrow(/journal/);
  });

  it('stops sending on abort and settles with what was done; the same journal finishes the rest, no batch sent twice', async () => {
    mock.rate(2_000);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    const journal = memoryJournal();
    const controller = new AbortController();
    const created = mock.stats.created;
    const first = await bulkImport(cm, ds, history(40), {
      customersPerImport: 5,
      concurrency: 2,
      journal,
      signal: controller.signal,
      pollInterval: FAST_POLL,
      onProgress: (p) => {
        if (p.imported > 0) controller.abort();
      },
    });
    expectCounted(first);
    expect(first.read).toBeLessThan(161);
    expect(first.aborted).toBe(true);
    expect(first.skipped).toBeGreaterThan(0);
    expect(first.imported).toBeGreaterThan(0);
    const second = await bulkImport(cm, ds, history(40), { customersPerImport: 5, concurrency: 2, journal, pollInterval: FAST_POLL });
    expectCounted(second, 161);
    expect(second).toMatchObject({ imported: 161, failed: 0, alreadyImported: 0, aborted: false, imports: 8 });
    expect(second.resumedImports).toBeGreaterThan(0);
    // Every batch reached ChartMogul once.
    expect(mock.stats.created - created).toBe(8);
  });

  it('reads lazily: an endless input is read only as far as the batches in flight, and closed on abort', async () => {
    mock.rate(400);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    let closed = false;
    function* endless(): Generator<BulkRecord> {
      try {
        yield plan();
        for (let n = 0; ; n++) yield* customerRecords(n);
      } finally {
        closed = true;
      }
    }
    const controller = new AbortController();
    const summary = await bulkImport(cm, ds, endless(), {
      customersPerImport: 5,
      concurrency: 2,
      signal: controller.signal,
      pollInterval: FAST_POLL,
      onProgress: (p) => {
        if (p.imported >= 40) controller.abort();
      },
    });
    expectCounted(summary);
    expect(summary).toMatchObject({ aborted: true, failed: 0 });
    expect(closed).toBe(true);
    // Unconfirmed at the end: at most the 2 batches in flight, the one waiting for a slot and the open one (20 records each, one with the plan).
    expect(summary.skipped).toBeLessThanOrEqual(4 * 20 + 1);
  });

  it('after a crash between sending and writing down the acceptance, finds the import by its external id instead of sending it again', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    const entries: BulkJournalEntry[] = [];
    // A journal that dies right after the request went out, as a process killed at that moment would.
    const dying: BulkImportJournal = {
      load: async () => entries.slice(),
      record: async (entry) => {
        if (entry.state === 'accepted') throw new Error('disk gone');
        entries.push(entry);
      },
    };
    const created = mock.stats.created;
    await expect(bulkImport(cm, ds, history(3), { journal: dying, pollInterval: FAST_POLL })).rejects.toThrow('disk gone');
    expect(entries.map((e) => e.state)).toEqual(['sending']);
    expect(mock.stats.created - created).toBe(1);
    const summary = await bulkImport(cm, ds, history(3), { journal: memoryJournalOf(entries), pollInterval: FAST_POLL });
    expectCounted(summary, 13);
    expect(summary).toMatchObject({ imported: 13, imports: 1, resumedImports: 1 });
    expect(mock.stats.created - created).toBe(1);
  });

  it('without a journal, a second run of the same input is recognised by the imports’ external ids', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client({ logLevel: 'off' });
    const ds = await mock.dataSource(cm);
    await bulkImport(cm, ds, history(3), { pollInterval: FAST_POLL });
    const created = mock.stats.created;
    const again = await bulkImport(cm, ds, history(3), { pollInterval: FAST_POLL });
    expectCounted(again, 13);
    expect(again).toMatchObject({ imported: 13, failed: 0, resumedImports: 1 });
    expect(mock.stats.created - created).toBe(0);
  });

  it('records ChartMogul already holds (same external id, sent in another batch) count as imported, and the summary says so', async () => {
    mock.rate(Number.POSITIVE_INFINITY);
    const cm = mock.client();
    const ds = await mock.dataSource(cm);
    await bulkImport(cm, ds, history(3), { pollInterval: FAST_POLL });
    // Other batches (another customersPerImport): other external ids, the same records.
    const again = await bulkImport(cm, ds, [plan(), { customer: { external_id: 'cus_0' } }, { customer: { external_id: 'new' } }], { pollInterval: FAST_POLL });
    expectCounted(again, 3);
    expect(again).toMatchObject({ imported: 3, alreadyImported: 2, failed: 0 });
  });
});

/** A journal that starts from these entries. */
function memoryJournalOf(entries: BulkJournalEntry[]): BulkImportJournal {
  const journal = memoryJournal();
  return { load: async () => entries.slice(), record: journal.record };
}

