import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const contact = {
  uuid: 'con_653af916-dea0-11ed-845b-3be1ac0039ac',
  customer_uuid: 'cus_52eb54c2-dea0-11ed-ac96-ef735d89fca0',
  customer_external_id: 'cus_0001',
  data_source_uuid: 'ds_35542640-d9f1-11ed-9c30-7727168c74a5',
  position: 1,
  first_name: 'Adam',
  last_name: 'Smith',
  title: 'CEO',
  email: 'adam@example.com',
  custom: { date_of_birth: '1985-01-22' },
};
const page = { entries: [contact], cursor: 'c2', has_more: false };
const fields = {
  first_name: 'Adam',
  position: 9,
  linked_in: 'https://linkedin.com/example',
  custom: [{ key: 'date_of_birth', value: '1985-01-22' }],
};

describe('contacts', () => {
  it('create posts the contact with its customer and data source', async () => {
    wire.reply(contact);
    const params = { customer_uuid: contact.customer_uuid, data_source_uuid: contact.data_source_uuid, ...fields };
    const result = await client.contacts.create(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/contacts', body: params });
    expect(result).toEqual(contact);
  });

  it('list sends the filters in the query and iterates the entries', async () => {
    wire.reply(page);
    const first = await client.contacts.list({ customer_uuid: 'cus_1', email: 'adam@example.com', per_page: 20 });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/contacts',
      query: { customer_uuid: 'cus_1', email: 'adam@example.com', per_page: '20' },
    });
    expect(first).toEqual(page);
    await expect(client.contacts.list().toArray({ limit: 5 })).resolves.toEqual([contact]);
  });

  it('retrieve, update and delete address /v1/contacts/{uuid}', async () => {
    wire.reply(contact);
    expect(await client.contacts.retrieve('con_1')).toEqual(contact);
    expectRequest(wire.last(), { method: 'GET', path: '/v1/contacts/con_1' });

    expect(await client.contacts.update('con_1', { title: 'CTO', notes: 'Heading\nBody' })).toEqual(contact);
    expectRequest(wire.last(), {
      method: 'PATCH',
      path: '/v1/contacts/con_1',
      body: { title: 'CTO', notes: 'Heading\nBody' },
    });

    wire.reply({});
    expect(await client.contacts.delete('con_1')).toEqual({});
    expectRequest(wire.last(), { method: 'DELETE', path: '/v1/contacts/con_1' });
  });

  it('merge puts the surviving contact first and the merged one second, with no body', async () => {
    wire.reply(contact);
    const result = await client.contacts.merge('con_into', 'con_from');
    expectRequest(wire.last(), { method: 'POST', path: '/v1/contacts/con_into/merge/con_from' });
    expect(result).toEqual(contact);
  });
});

describe('customers.contacts', () => {
  it('list pages the contacts of one customer', async () => {
    wire.reply(page);
    const first = await client.customers.contacts.list('cus_1', { per_page: 50, cursor: 'c1' });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/customers/cus_1/contacts',
      query: { per_page: '50', cursor: 'c1' },
    });
    expect(first).toEqual(page);
    const items = [];
    for await (const item of client.customers.contacts.list('cus_1')) items.push(item);
    expect(items).toEqual([contact]);
  });

  it('create posts the contact under the customer', async () => {
    wire.reply(contact);
    const params = { data_source_uuid: 'ds_1', ...fields };
    const result = await client.customers.contacts.create('cus_1', params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customers/cus_1/contacts', body: params });
    expect(result).toEqual(contact);
  });
});
