import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice } from './support/mock-api.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('customers', () => {
  it('creates a customer (201) that the list, the retrieve and the search then show', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const created = await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'c-2', name: 'Beta', email: 'Team@Beta.test' });
    expect(created.status).toBe(201);
    expect(created.body.uuid).toMatch(/^cus_/);
    expect(created.body.uuid.slice(4)).toMatch(UUID);
    expect(created.body).toMatchObject({ external_id: 'c-2', name: 'Beta', status: 'New Lead', mrr: 0, data_source_uuids: [ds.uuid] });
    const list = await api.get('/v1/customers');
    expect(list.body.entries.map((c: { uuid: string }) => c.uuid)).toContain(created.body.uuid);
    expect((await api.get(`/v1/customers/${created.body.uuid}`)).body).toEqual(created.body);
    const search = await api.get('/v1/customers/search?email=team%40beta.test');
    expect(search.body.entries.map((c: { uuid: string }) => c.uuid)).toEqual([created.body.uuid]);
  });

  it('filters the list by data source, external id and status', async () => {
    const api = mockApi();
    const { ds, plan, customer } = await basics(api);
    const otherDs = (await api.post('/v1/data_sources', { name: 'Other' })).body;
    const elsewhere = (await api.post('/v1/customers', { data_source_uuid: otherDs.uuid, external_id: 'cus_1' })).body;
    await api.post(`/v1/import/customers/${customer.uuid}/invoices`, { invoices: [subscriptionInvoice('i1', plan, '2024-01-01', '2024-02-01', 5000)] });
    const uuids = async (query: string) => (await api.get(`/v1/customers?${query}`)).body.entries.map((c: { uuid: string }) => c.uuid);
    expect(await uuids(`data_source_uuid=${ds.uuid}`)).toEqual([customer.uuid]);
    expect(await uuids('external_id=cus_1')).toEqual([customer.uuid, elsewhere.uuid]);
    expect(await uuids(`external_id=cus_1&data_source_uuid=${otherDs.uuid}`)).toEqual([elsewhere.uuid]);
    expect(await uuids('status=Active')).toEqual([customer.uuid]);
    expect(await uuids('status=New%20Lead')).toEqual([elsewhere.uuid]);
  });

  it('updates with PATCH, and the retrieve agrees', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const patched = await api.patch(`/v1/customers/${customer.uuid}`, { name: 'Acme Corp', city: 'Berlin', attributes: { tags: ['vip'] } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Acme Corp', city: 'Berlin', address: { city: 'Berlin' }, attributes: { tags: ['vip'] } });
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body).toEqual(patched.body);
  });

  it('deletes (204) and then answers 404 for it', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    expect((await api.delete(`/v1/customers/${customer.uuid}`)).status).toBe(204);
    const gone = await api.get(`/v1/customers/${customer.uuid}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 404, param: 'customer_uuid' });
    expect((await api.delete(`/v1/customers/${customer.uuid}`)).status).toBe(404);
  });

  it('refuses a duplicate external_id in the same data source with ChartMogul\'s 422, not in another source', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const duplicate = await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'cus_1', name: 'Again' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toEqual({ errors: { external_id: 'The external ID for this customer already exists in our system.' } });
    const otherDs = (await api.post('/v1/data_sources', { name: 'Other' })).body;
    expect((await api.post('/v1/customers', { data_source_uuid: otherDs.uuid, external_id: 'cus_1' })).status).toBe(201);
  });

  it('answers 422 naming every missing required field', async () => {
    const answer = await mockApi().post('/v1/customers', { name: 'Nameless' });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      errors: {
        data_source_uuid: 'A valid data source UUID is required for each customer.',
        external_id: 'A unique external ID is required for each customer.',
      },
    });
  });

  it('answers 422 for an invalid email on update, as the API words it', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const answer = await api.patch(`/v1/customers/${customer.uuid}`, { email: 'schnitzel.com' });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ code: 422, message: 'The value provided does not appear to be a valid email address.', param: 'email' });
    const half = await api.patch(`/v1/customers/${customer.uuid}`, { name: 'Renamed', lead_created_at: 'last week' });
    expect(half.status).toBe(422);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.name).toBe('Acme');
  });

  it('answers 400 for malformed JSON and for a body that is not an object', async () => {
    const api = mockApi();
    for (const body of ['{"name": ', '[1,2]']) {
      const answer = await api.post('/v1/customers', body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(400);
    }
  });

  it('searches by email: 400 without one, 404 in the recorded shape when nobody has it', async () => {
    const api = mockApi();
    expect((await api.get('/v1/customers/search')).body).toEqual({ code: 400, message: 'Parameter "email" is missing', param: 'email' });
    const none = await api.get('/v1/customers/search?email=no%40email.com');
    expect(none.status).toBe(404);
    expect(none.body).toEqual({ code: 404, message: 'Can\'t find any customers with email: "no@email.com"', param: 'email' });
  });

  it('creates the primary contact given on create', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const customer = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'c-9', primary_contact: { first_name: 'Anna', email: 'anna@x.test' } })).body;
    const contacts = await api.get(`/v1/customers/${customer.uuid}/contacts`);
    expect(contacts.body.entries).toHaveLength(1);
    expect(contacts.body.entries[0]).toMatchObject({ first_name: 'Anna', customer_uuid: customer.uuid, data_source_uuid: ds.uuid, customer_external_id: 'c-9' });
  });
});
