import { describe, expect, it } from 'vitest';
import { basics, mockApi } from './support/mock-api.js';

describe('customer attributes', () => {
  it('adds and removes tags, and the attributes and the customer show them', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const added = await api.post(`/v1/customers/${customer.uuid}/attributes/tags`, { tags: ['a', 'b', 'a'] });
    expect(added.body).toEqual({ tags: ['a', 'b'] });
    const removed = await api.delete(`/v1/customers/${customer.uuid}/attributes/tags`, { tags: ['a'] });
    expect(removed.body).toEqual({ tags: ['b'] });
    expect((await api.get(`/v1/customers/${customer.uuid}/attributes`)).body).toEqual({ tags: ['b'], stripe: {}, custom: {} });
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.attributes.tags).toEqual(['b']);
  });

  it('adds typed custom attributes, updates values, removes keys (204)', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const added = await api.post(`/v1/customers/${customer.uuid}/attributes/custom`, {
      custom: [
        { type: 'String', key: 'channel', value: 'Facebook' },
        { type: 'Integer', key: 'age', value: '18' },
        { type: 'Timestamp', key: 'converted', value: '2016-01-31 00:00:00 UTC' },
        { type: 'Boolean', key: 'pro', value: true },
      ],
    });
    expect(added.body).toEqual({ custom: { channel: 'Facebook', age: 18, converted: '2016-01-31T00:00:00.000Z', pro: true } });
    const updated = await api.put(`/v1/customers/${customer.uuid}/attributes/custom`, { custom: { age: 19, channel: 'Ads' } });
    expect(updated.body.custom).toMatchObject({ age: 19, channel: 'Ads' });
    expect((await api.delete(`/v1/customers/${customer.uuid}/attributes/custom`, { custom: ['age', 'pro'] })).status).toBe(204);
    expect((await api.get(`/v1/customers/${customer.uuid}/attributes`)).body.custom).toEqual({ channel: 'Ads', converted: '2016-01-31T00:00:00.000Z' });
  });

  it('refuses a value that does not fit its type, and a tags field that is not a list, with 422', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const bad = await api.post(`/v1/customers/${customer.uuid}/attributes/custom`, { custom: [{ type: 'Integer', key: 'age', value: 'old' }] });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 422, param: 'custom' });
    expect((await api.post(`/v1/customers/${customer.uuid}/attributes/tags`, { tags: 'x' })).status).toBe(422);
  });

  it('tags and sets custom attributes by email on every customer with that email', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api);
    const twin = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'twin', email: 'ops@acme.test' })).body;
    const tagged = await api.post('/v1/customers/attributes/tags', { email: 'ops@acme.test', tags: ['shared'] });
    expect(tagged.body.entries.map((c: { uuid: string }) => c.uuid)).toEqual([customer.uuid, twin.uuid]);
    expect(tagged.body.entries.every((c: { attributes: { tags: string[] } }) => c.attributes.tags.includes('shared'))).toBe(true);
    const custom = await api.post('/v1/customers/attributes/custom', { email: 'ops@acme.test', custom: [{ type: 'String', key: 'tier', value: 'gold' }] });
    expect(custom.body.entries[1].attributes.custom).toEqual({ tier: 'gold' });
    expect((await api.post('/v1/customers/attributes/tags', { email: 'none@x.test', tags: ['a'] })).status).toBe(404);
  });

  it('keeps a custom attribute named __proto__ (or constructor) like any other, through add, update, read and remove', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const path = `/v1/customers/${customer.uuid}/attributes/custom`;
    const added = await api.post(path, {
      custom: [
        { type: 'String', key: '__proto__', value: 'polluted?' },
        { type: 'String', key: 'constructor', value: 'c' },
      ],
    });
    expect(Object.keys(added.body.custom)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(added.body.custom, '__proto__')?.value).toBe('polluted?');
    // A JSON body's own "__proto__" key is a field to the API, not the prototype.
    const updated = await api.put(path, JSON.stringify({ custom: JSON.parse('{"__proto__": "changed"}') }));
    expect(Object.getOwnPropertyDescriptor(updated.body.custom, '__proto__')?.value).toBe('changed');
    const read = (await api.get(`/v1/customers/${customer.uuid}`)).body.attributes.custom;
    expect(Object.getOwnPropertyDescriptor(read, '__proto__')?.value).toBe('changed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await api.delete(path, { custom: ['__proto__'] })).status).toBe(204);
    expect(Object.keys((await api.get(`/v1/customers/${customer.uuid}/attributes`)).body.custom)).toEqual(['constructor']);
  });
});
