import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const taggedCustomers = {
  entries: [
    {
      id: 25647,
      uuid: 'cus_1',
      external_id: 'cus_0001',
      name: 'Smith Company',
      email: 'adam@smith.com',
      status: 'Active',
      'customer-since': '2022-06-09T13:16:00-04:00',
      attributes: { tags: ['important', 'Prio1'], custom: { CAC: 213 } },
    },
  ],
};

describe('customers.tags', () => {
  it('add posts the tags and returns all tags', async () => {
    wire.reply({ tags: ['engage', 'important'] });
    const result = await client.customers.tags.add('cus_1', { tags: ['important'] });
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/cus_1/attributes/tags', body: { tags: ['important'] } });
    expect(result).toEqual({ tags: ['engage', 'important'] });
  });

  it('remove sends the tags as the JSON body of a DELETE', async () => {
    wire.reply({ tags: ['engage'] });
    const result = await client.customers.tags.remove('cus_1', { tags: ['important', 'Prio1'] });
    expectRequest(wire.last(), {
      method: 'DELETE',
      path: '/v1/customers/cus_1/attributes/tags',
      body: { tags: ['important', 'Prio1'] },
    });
    expect(result).toEqual({ tags: ['engage'] });
  });

  it('addByEmail posts email and tags and returns the customers', async () => {
    wire.reply(taggedCustomers);
    const params = { email: 'adam@smith.com', tags: ['important', 'Prio1'] };
    const result = await client.customers.tags.addByEmail(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/attributes/tags', body: params });
    expect(result).toEqual(taggedCustomers);
  });
});

describe('customers.customAttributes', () => {
  const custom = { CAC: 213, channel: 'Facebook', age: 8 };

  it('add posts typed attributes', async () => {
    wire.reply({ custom });
    const params = {
      custom: [
        { type: 'String' as const, key: 'channel', value: 'Facebook', source: 'integration' },
        { type: 'Integer' as const, key: 'age', value: 8 },
      ],
    };
    const result = await client.customers.customAttributes.add('cus_1', params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/cus_1/attributes/custom', body: params });
    expect(result).toEqual({ custom });
  });

  it('update sends a PUT with values by key, with or without a source', async () => {
    wire.reply({ custom: { ...custom, channel: 'Twitter' } });
    const params = { custom: { pro: true, channel: { value: 'Twitter', source: 'integration2' } } };
    const result = await client.customers.customAttributes.update('cus_1', params);
    expectRequest(wire.last(), { method: 'PUT', path: '/v1/customers/cus_1/attributes/custom', body: params });
    expect(result).toEqual({ custom: { ...custom, channel: 'Twitter' } });
  });

  it('remove sends the keys as the JSON body of a DELETE', async () => {
    wire.reply({ custom: { CAC: 213 } });
    const result = await client.customers.customAttributes.remove('cus_1', { custom: ['age', 'channel'] });
    expectRequest(wire.last(), {
      method: 'DELETE',
      path: '/v1/customers/cus_1/attributes/custom',
      body: { custom: ['age', 'channel'] },
    });
    expect(result).toEqual({ custom: { CAC: 213 } });
  });

  it('addByEmail posts email and attributes and returns the customers', async () => {
    wire.reply(taggedCustomers);
    const params = { email: 'adam@smith.com', custom: [{ type: 'Integer' as const, key: 'age', value: 8 }] };
    const result = await client.customers.customAttributes.addByEmail(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/attributes/custom', body: params });
    expect(result).toEqual(taggedCustomers);
  });
});
