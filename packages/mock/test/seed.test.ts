import { describe, expect, it } from 'vitest';
import { createHandlers, createMockFetch, createMockStore, seed, seedAccount } from '../src/index.js';
import { basic, BASE, mockApi } from './support/mock-api.js';

describe('seeding', () => {
  it('creates what its summary says, and paging walks every seeded customer exactly once', async () => {
    const api = mockApi();
    const summary = seedAccount(api.store.account('test-key-account-a'), { customers: 1_000 });
    expect(summary).toMatchObject({ dataSources: 1, plans: 5, customers: 1_000 });
    expect(summary.invoices).toBe(summary.lineItems);
    expect(summary.subscriptions).toBeGreaterThan(700);
    expect(summary.subscriptions).toBeLessThan(1_000);
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = (await api.get(`/v1/customers?per_page=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      for (const customer of page.entries) seen.add(customer.uuid);
      cursor = page.has_more ? page.cursor : undefined;
    } while (cursor);
    expect(seen.size).toBe(1_000);
    expect((await api.get('/v1/plans')).body.plans).toHaveLength(5);
    const invoices = (await api.get('/v1/invoices?per_page=200')).body;
    expect(invoices.invoices).toHaveLength(Math.min(200, summary.invoices));
  });

  it('is deterministic: the same seed gives the same uuids and metrics, another seed does not', async () => {
    const make = (seedValue: number) => {
      const store = createMockStore();
      seed(store, 'k', { customers: 300, seed: seedValue });
      return createMockFetch(createHandlers({ apiKeys: ['k'], store }));
    };
    const look = async (fetch: typeof globalThis.fetch) => {
      const headers = { authorization: basic('k') };
      const customers = await (await fetch(`${BASE}/v1/customers?per_page=5`, { headers })).json();
      const mrr = await (await fetch(`${BASE}/v1/metrics/mrr?start-date=2025-07-01&end-date=2025-12-31`, { headers })).json();
      return { customers: customers.entries, mrr: mrr.entries };
    };
    const [a, b, c] = await Promise.all([look(make(7)), look(make(7)), look(make(8))]);
    expect(a).toEqual(b);
    expect(a.customers[0].uuid).not.toBe(c.customers[0].uuid);
    expect(a.mrr.at(-1).mrr).toBeGreaterThan(0);
  });

  it('is reachable through createHandlers options for every key', async () => {
    const fetch = createMockFetch(createHandlers({ apiKeys: ['one', 'two'], seed: { customers: 50 } }));
    for (const key of ['one', 'two']) {
      const page = await (await fetch(`${BASE}/v1/customers`, { headers: { authorization: basic(key) } })).json();
      expect(page.entries).toHaveLength(50);
    }
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => seedAccount(createMockStore().account('k'), { customers: 1, asOf: 'soon' })).toThrow(/asOf/);
  });
});
