import { describe, expect, it } from 'vitest';
import { mockApi, type MockApi } from './support/mock-api.js';

async function plans(api: MockApi, count: number) {
  const ds = (await api.post('/v1/data_sources', { name: 'Billing' })).body;
  const uuids: string[] = [];
  for (let i = 0; i < count; i++) {
    const plan = await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: `P${i}`, interval_count: 1, interval_unit: 'month', external_id: `p${i}` });
    uuids.push(plan.body.uuid);
  }
  return { ds, uuids };
}

describe('cursor paging', () => {
  it('walks a list across pages with per_page, in creation order, ending with has_more false', async () => {
    const api = mockApi();
    const { uuids } = await plans(api, 5);
    const seen: string[] = [];
    const hasMore: boolean[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.get(`/v1/plans?per_page=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.plans.map((p: { uuid: string }) => p.uuid));
      hasMore.push(page.body.has_more);
      cursor = page.body.has_more ? page.body.cursor : undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(uuids);
    expect(hasMore).toEqual([true, true, false]);
  });

  it('shows an item created after the first page on a later page, and not a deleted one', async () => {
    const api = mockApi();
    const { ds, uuids } = await plans(api, 3);
    const first = await api.get('/v1/plans?per_page=2');
    expect((await api.delete(`/v1/plans/${uuids[2]}`)).status).toBe(204);
    const late = await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: 'Late', interval_count: 1, interval_unit: 'month' });
    const second = await api.get(`/v1/plans?per_page=2&cursor=${encodeURIComponent(first.body.cursor)}`);
    expect(second.body.plans.map((p: { uuid: string }) => p.uuid)).toEqual([late.body.uuid]);
  });

  it('answers an empty list with has_more false and no cursor', async () => {
    const api = mockApi();
    expect((await api.get('/v1/contacts')).body).toEqual({ entries: [], cursor: null, has_more: false });
    // Customers' first page also carries the offset fields the real API still sends.
    const customers = (await api.get('/v1/customers')).body;
    expect(customers).toEqual({ entries: [], current_page: 1, total_pages: 0, page: 1, per_page: 200, cursor: null, has_more: false });
  });

  it('serves at most 200 per page, also when asked for more, as the docs say', async () => {
    const api = mockApi();
    const { seedAccount } = await import('../src/index.js');
    seedAccount(api.store.account('test-key-account-a'), { customers: 250 });
    const big = await api.get('/v1/customers?per_page=500');
    expect(big.body.entries).toHaveLength(200);
    expect(big.body.has_more).toBe(true);
    const byDefault = await api.get('/v1/customers');
    expect(byDefault.body.entries).toHaveLength(200);
    const rest = await api.get(`/v1/customers?cursor=${encodeURIComponent(byDefault.body.cursor)}`);
    expect(rest.body.entries).toHaveLength(50);
    expect(rest.body.has_more).toBe(false);
  });

  it('refuses a malformed cursor and a per_page that is not a positive integer with 400', async () => {
    const api = mockApi();
    for (const query of ['cursor=%%%', 'cursor=bm90LWEtY3Vyc29y', 'per_page=0', 'per_page=abc']) {
      const answer = await api.get(`/v1/customers?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.code).toBe(400);
    }
  });

  it('still honours the deprecated page parameter, with the old page fields', async () => {
    const api = mockApi();
    const { uuids } = await plans(api, 5);
    const page = await api.get('/v1/plans?page=2&per_page=2');
    expect(page.body.plans.map((p: { uuid: string }) => p.uuid)).toEqual(uuids.slice(2, 4));
    expect(page.body).toMatchObject({ current_page: 2, total_pages: 3, has_more: true });
  });
});
