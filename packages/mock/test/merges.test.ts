import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice } from './support/mock-api.js';

describe('customer merges', () => {
  it('moves invoices, subscriptions, identities and notes into the target, then the source is gone (202)', async () => {
    const api = mockApi();
    const { ds, plan, customer: into } = await basics(api);
    const from = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'old', name: 'Old' })).body;
    await api.post(`/v1/import/customers/${from.uuid}/invoices`, { invoices: [subscriptionInvoice('from-1', plan, '2024-01-01', '2024-02-01', 7000)] });
    await api.post('/v1/customer_notes', { customer_uuid: from.uuid, type: 'note', text: 'hello' });
    const merged = await api.post('/v1/customers/merges', { from: { customer_uuid: from.uuid }, into: { data_source_uuid: ds.uuid, external_id: 'cus_1' } });
    expect(merged.status).toBe(202);
    expect(merged.body).toEqual({});
    expect((await api.get(`/v1/customers/${from.uuid}`)).status).toBe(404);
    const target = (await api.get(`/v1/customers/${into.uuid}`)).body;
    expect(target.external_ids).toEqual(['cus_1', 'old']);
    expect(target.mrr).toBe(7000);
    const invoices = (await api.get(`/v1/import/customers/${into.uuid}/invoices`)).body.invoices;
    expect(invoices.map((i: { external_id: string }) => i.external_id)).toEqual(['from-1']);
    expect((await api.get(`/v1/customer_notes?customer_uuid=${into.uuid}`)).body.entries).toHaveLength(1);
  });

  it('unmerges one identity into a new customer with its invoices', async () => {
    const api = mockApi();
    const { ds, plan, customer: into } = await basics(api);
    const from = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'old' })).body;
    await api.post(`/v1/import/customers/${from.uuid}/invoices`, { invoices: [subscriptionInvoice('from-1', plan, '2024-01-01', '2024-02-01', 7000)] });
    await api.post('/v1/customers/merges', { from: { customer_uuid: from.uuid }, into: { customer_uuid: into.uuid } });
    const answer = await api.post('/v1/customers/unmerges', { customer_uuid: into.uuid, data_source_uuid: ds.uuid, external_id: 'old', move_to_new_customer: [] });
    expect(answer.status).toBe(202);
    expect((await api.get(`/v1/customers/${into.uuid}`)).body).toMatchObject({ external_ids: ['cus_1'], mrr: 0 });
    const split = (await api.get('/v1/customers?external_id=old')).body.entries;
    expect(split).toHaveLength(1);
    expect(split[0].mrr).toBe(7000);
  });

  it('refuses a merge naming an unknown customer, and an unmerge of an identity that was not merged (422)', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api);
    expect((await api.post('/v1/customers/merges', { from: { customer_uuid: 'cus_nope' }, into: { customer_uuid: customer.uuid } })).status).toBe(422);
    const answer = await api.post('/v1/customers/unmerges', { customer_uuid: customer.uuid, data_source_uuid: ds.uuid, external_id: 'cus_1' });
    expect(answer.status).toBe(422);
  });
});

describe('connecting subscriptions', () => {
  it('moves a subscription to another customer and back, and the Metrics API lists follow', async () => {
    const api = mockApi();
    const { ds, plan, customer } = await basics(api);
    const other = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'other' })).body;
    await api.post(`/v1/import/customers/${other.uuid}/invoices`, { invoices: [subscriptionInvoice('o-1', plan, '2024-01-01', '2024-02-01', 3000)] });
    const subscription = (await api.get(`/v1/import/customers/${other.uuid}/subscriptions`)).body.subscriptions[0];
    const body = { subscriptions: [{ data_source_uuid: ds.uuid, uuid: subscription.uuid }] };
    expect((await api.post(`/v1/customers/${customer.uuid}/connect_subscriptions`, body)).status).toBe(202);
    const listed = (await api.get(`/v1/customers/${customer.uuid}/subscriptions`)).body.entries;
    expect(listed.map((s: { external_id: string }) => s.external_id)).toEqual(['sub_1']);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(3000);
    expect((await api.post(`/v1/customers/${customer.uuid}/disconnect_subscriptions`, body)).status).toBe(202);
    expect((await api.get(`/v1/customers/${customer.uuid}/subscriptions`)).body.entries).toEqual([]);
    expect((await api.get(`/v1/customers/${other.uuid}`)).body.mrr).toBe(3000);
    expect((await api.post(`/v1/customers/${other.uuid}/disconnect_subscriptions`, body)).status).toBe(422);
  });
});

describe('contact merges', () => {
  it('keeps the target\'s values, takes the source\'s where the target has none, and deletes the source', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api);
    const contact = (fields: object) => api.post('/v1/contacts', { customer_uuid: customer.uuid, data_source_uuid: ds.uuid, ...fields });
    const into = (await contact({ first_name: 'Ann' })).body;
    const from = (await contact({ first_name: 'Bill', phone: '+123', custom: [{ key: 'dob', value: '1990-01-01' }] })).body;
    const merged = await api.post(`/v1/contacts/${into.uuid}/merge/${from.uuid}`);
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ uuid: into.uuid, first_name: 'Ann', phone: '+123', custom: { dob: '1990-01-01' } });
    expect((await api.get(`/v1/contacts/${from.uuid}`)).status).toBe(404);
  });
});
