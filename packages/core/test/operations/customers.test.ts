import { describe, expect, it } from 'vitest';
import { InternalServerError, NotFoundError } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const customer = {
  id: 25647,
  uuid: 'cus_de305d54-75b4-431b-adb2-eb6b9e546012',
  external_id: '34916129',
  data_source_uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
  name: 'Example Company',
  email: 'bob@examplecompany.com',
  status: 'Active',
  'customer-since': '2023-06-09T13:16:00-04:00',
  attributes: { tags: ['engage'], custom: { CAC: 213 }, stripe: { uid: 7 }, clearbit: {} },
  mrr: 3000,
  'billing-system-type': 'Stripe',
  owner: null,
  a_field_added_later: { kept: true },
};
const page = { entries: [customer], cursor: null, has_more: false, total_pages: 1 };

describe('customers', () => {
  it('create sends the customer as the JSON body', async () => {
    wire.reply(customer, 201);
    const params = {
      data_source_uuid: 'ds_1',
      external_id: 'cus_0001',
      name: 'Adam Smith',
      email: 'adam@smith.com',
      country: 'US',
      lead_created_at: '2022-10-14 00:00:00',
      attributes: { tags: ['important'], custom: [{ type: 'String' as const, key: 'channel', value: 'Facebook' }] },
      primary_contact: { first_name: 'Anna', title: 'CFO' },
    };
    const result = await client.customers.create(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers', body: params });
    expect(result).toEqual(customer);
  });

  it('list sends the filters in the query and pages through the entries', async () => {
    wire.reply(page);
    const list = client.customers.list({ data_source_uuid: 'ds_1', status: 'Active', system: 'Custom', per_page: 50 });
    const first = await list;
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/customers',
      query: { data_source_uuid: 'ds_1', status: 'Active', system: 'Custom', per_page: '50' },
    });
    expect(first).toEqual(page);
    const items = [];
    for await (const item of client.customers.list({ external_id: '34916129' })) items.push(item);
    expect(items).toEqual([customer]);
    expect(wire.last().query).toEqual({ external_id: '34916129' });
  });

  it('retrieve puts the uuid in the path', async () => {
    wire.reply(customer);
    const result = await client.customers.retrieve(customer.uuid);
    expectRequest(wire.last(), { method: 'GET', path: `/v1/customers/${customer.uuid}` });
    expect(result).toEqual(customer);
  });

  it('update sends a PATCH with the changed fields, undefined ones left out', async () => {
    wire.reply(customer);
    const result = await client.customers.update('cus_1', {
      city: 'San Francisco',
      status: 'Working_Lead',
      attributes: { custom: { CAC: 25, channel: { value: 'Twitter', source: 'integration2' } } },
      email: undefined,
    });
    expectRequest(wire.last(), {
      method: 'PATCH',
      path: '/v1/customers/cus_1',
      body: {
        city: 'San Francisco',
        status: 'Working_Lead',
        attributes: { custom: { CAC: 25, channel: { value: 'Twitter', source: 'integration2' } } },
      },
    });
    expect(result).toEqual(customer);
  });

  it('delete sends a DELETE without a body', async () => {
    wire.reply({});
    const result = await client.customers.delete('cus_1');
    expectRequest(wire.last(), { method: 'DELETE', path: '/v1/customers/cus_1' });
    expect(result).toEqual({});
  });

  it('search sends the email in the query and pages like list', async () => {
    wire.reply(page);
    const first = await client.customers.search({ email: 'bob@examplecompany.com', per_page: 2 });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/customers/search',
      query: { email: 'bob@examplecompany.com', per_page: '2' },
    });
    expect(first).toEqual(page);
    await expect(client.customers.search({ email: 'bob@examplecompany.com' }).toArray({ limit: 10 })).resolves.toEqual([
      customer,
    ]);
  });

  it('search with no match (the real API answers 404) is an empty page; a missing customer by id still throws', async () => {
    const noMatch = { code: 404, message: 'Can\'t find any customers with email: "no@email.com"', param: 'email' };
    wire.reply(noMatch, 404);
    const empty = await client.customers.search({ email: 'no@email.com' });
    expect(empty).toEqual({ entries: [], has_more: false, cursor: null });
    await expect(empty.nextPage()).resolves.toBeNull();
    const seen: unknown[] = [];
    for await (const found of client.customers.search({ email: 'no@email.com' })) seen.push(found);
    expect(seen).toEqual([]);
    await expect(client.customers.retrieve('cus_missing')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.customers.list({ external_id: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    wire.reply({ message: 'Down' }, 503);
    await expect(client.customers.search({ email: 'no@email.com' }, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
  });

  it('merge sends from and into as the body', async () => {
    wire.reply({});
    const params = {
      from: { data_source_uuid: 'ds_2', external_id: 'cus_187544' },
      into: { customer_uuid: 'cus_2123290f' },
    };
    const result = await client.customers.merge(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/merges', body: params });
    expect(result).toEqual({});
  });

  it('unmerge sends the customer to split off; an empty 202 answer gives undefined', async () => {
    wire.reply(undefined, 202);
    const params = {
      customer_uuid: 'cus_1',
      data_source_uuid: 'ds_1',
      external_id: 'cus_0001',
      move_to_new_customer: ['tasks' as const, 'notes' as const],
    };
    const result = await client.customers.unmerge(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/unmerges', body: params });
    expect(result).toBeUndefined();
  });

  it('retrieveAttributes reads /attributes', async () => {
    wire.reply(customer.attributes);
    const result = await client.customers.retrieveAttributes('cus_1');
    expectRequest(wire.last(), { method: 'GET', path: '/v1/customers/cus_1/attributes' });
    expect(result).toEqual(customer.attributes);
  });
});
