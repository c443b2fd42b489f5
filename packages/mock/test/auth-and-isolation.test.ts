import { describe, expect, it } from 'vitest';
import { basic, BASE, basics, KEY, mockApi, OTHER_KEY } from './support/mock-api.js';

describe('authentication', () => {
  it('answers 401 in ChartMogul shape for a wrong key, a missing header and a non-Basic scheme', async () => {
    const api = mockApi();
    const expected = { code: 401, message: 'No valid API key provided', param: null };
    for (const key of ['not-a-key', null]) {
      const answer = await api.get('/v1/customers', key);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(expected);
    }
    const bearer = await api.fetch(`${BASE}/v1/ping`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(bearer.status).toBe(401);
  });

  it('accepts the key as user name with an empty password, or the key again as password', async () => {
    const api = mockApi();
    expect((await api.get('/v1/ping')).body).toEqual({ data: 'pong!' });
    const legacy = await api.fetch(`${BASE}/v1/ping`, { headers: { authorization: `Basic ${btoa(`${KEY}:${KEY}`)}` } });
    expect(legacy.status).toBe(200);
    const wrongPassword = await api.fetch(`${BASE}/v1/ping`, { headers: { authorization: `Basic ${btoa(`${KEY}:other`)}` } });
    expect(wrongPassword.status).toBe(401);
  });

  it('authenticates before routing: an unknown route is 401 without a key and 404 with one', async () => {
    const api = mockApi();
    expect((await api.get('/v1/no_such_thing', null)).status).toBe(401);
    const unknown = await api.get('/v1/no_such_thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 404, param: null });
  });

  it('serves any host and base path in front of /v1', async () => {
    const api = mockApi();
    const answer = await api.fetch('http://127.0.0.1:9/prefix/v1/ping', { headers: { authorization: basic(KEY) } });
    expect(await answer.json()).toEqual({ data: 'pong!' });
  });
});

describe('each API key is its own account', () => {
  it('keeps data sources, customers and lookups apart', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api, KEY);
    const other = await api.get('/v1/customers', OTHER_KEY);
    expect(other.status).toBe(200);
    expect(other.body.entries).toEqual([]);
    expect((await api.get(`/v1/customers/${customer.uuid}`, OTHER_KEY)).status).toBe(404);
    expect((await api.get(`/v1/data_sources/${ds.uuid}`, OTHER_KEY)).status).toBe(404);
    expect((await api.get('/v1/data_sources', OTHER_KEY)).body.data_sources).toEqual([]);
    // The same external id may exist in both accounts.
    const { customer: theirs } = await basics(api, OTHER_KEY);
    expect(theirs.external_id).toBe(customer.external_id);
    expect(theirs.uuid).not.toBe(customer.uuid);
    expect((await api.get('/v1/customers', KEY)).body.entries).toHaveLength(1);
  });
});
