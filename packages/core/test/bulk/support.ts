import { createHandlers, FaultController, MockStore, withFaults } from '@chartmogul-kit/mock';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, expect } from 'vitest';
import type { BulkImportSummary, BulkRecord, ClientOptions } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';

export const KEY = 'bulk-test-key-5c1e9a';

/** Fast polls, so that tests wait for the mock's worker, not for the kit's backoff. */
export const FAST_POLL = { initialMs: 10, maxMs: 40, factor: 1.5 };

/**
 * The mock over real HTTP for one test file, with its store (to read the bulk import figures and
 * set the worker's rate) and a fault controller.
 */
export function useBulkMock() {
  const store = new MockStore();
  const faults = new FaultController();
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ apiKeys: [KEY], handlers: withFaults(createHandlers({ apiKeys: [KEY], store }), faults) });
  });
  afterAll(() => server?.close());
  return {
    store,
    faults,
    get stats() {
      return store.account(KEY).jsonImportQueue.stats;
    },
    /** Records per second the worker processes (Infinity: at once). */
    rate(recordsPerSecond: number) {
      store.jsonImports.recordsPerSecond = recordsPerSecond;
    },
    client(options: ClientOptions = {}): ChartMogulClient {
      if (!server) throw new Error('The mock server is not started yet.');
      return new ChartMogulClient({ apiKey: KEY, baseURL: server.url, ...options }, { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' });
    },
    async dataSource(client: ChartMogulClient): Promise<string> {
      return (await client.dataSources.create({ name: `bulk ${Math.random()}` })).uuid;
    },
  };
}

/** A customer with one invoice on `plan`, its line item and its payment: four records. */
export function customerRecords(n: number, plan = 'gold', extra = ''): BulkRecord[] {
  const id = `cus_${n}`;
  const invoice = `inv_${n}${extra}`;
  return [
    { customer: { external_id: id, name: `Customer ${n}`, email: `c${n}@example.test` } },
    { invoice: { external_id: invoice, customer_external_id: id, date: '2024-01-01T00:00:00Z', currency: 'USD' } },
    {
      line_item: {
        invoice_external_id: invoice,
        type: 'subscription',
        amount_in_cents: 1000,
        plan_external_id: plan,
        subscription_external_id: `sub_${n}${extra}`,
        service_period_start: '2024-01-01T00:00:00Z',
        service_period_end: '2024-02-01T00:00:00Z',
      },
    },
    { transaction: { invoice_external_id: invoice, type: 'payment', date: '2024-01-01T00:00:00Z', result: 'successful' } },
  ];
}

export const plan = (id = 'gold'): BulkRecord => ({ plan: { external_id: id, name: `Plan ${id}`, interval_count: 1, interval_unit: 'month' } });

/** `count` customers after one plan, generated lazily. */
export function* history(count: number, from = 0): Generator<BulkRecord> {
  yield plan();
  for (let n = from; n < from + count; n++) yield* customerRecords(n);
}

/** The counting invariant every run keeps. */
export function expectCounted(summary: BulkImportSummary, read?: number): void {
  expect(summary.imported + summary.failed + summary.skipped).toBe(summary.read);
  if (read !== undefined) expect(summary.read).toBe(read);
}
