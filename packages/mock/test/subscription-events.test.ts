import { describe, expect, it } from 'vitest';
import { basics, mockApi } from './support/mock-api.js';

const event = (ds: string, extra: object = {}) => ({
  subscription_event: {
    data_source_uuid: ds,
    customer_external_id: 'cus_1',
    subscription_external_id: 'se-sub',
    event_type: 'subscription_start',
    event_date: '2024-01-01',
    effective_date: '2024-01-01',
    plan_external_id: 'gold',
    currency: 'USD',
    amount_in_cents: 4000,
    external_id: 'ev-1',
    ...extra,
  },
});

describe('subscription events', () => {
  it('creates (201) from the envelope, lists under subscription_events, and feeds MRR', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api);
    const created = await api.post('/v1/subscription_events', event(ds.uuid));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), event_type: 'subscription_start', effective_date: '2024-01-01T00:00:00Z', amount_in_cents: 4000, errors: {} });
    const list = (await api.get('/v1/subscription_events?customer_external_id=cus_1')).body;
    expect(list.subscription_events).toEqual([created.body]);
    expect(list).toMatchObject({ has_more: false, meta: { next_key: null, prev_key: null, page: 1, total_pages: 1 } });
    expect((await api.get('/v1/subscription_events?event_type=subscription_cancelled')).body.subscription_events).toEqual([]);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(4000);
    await api.post('/v1/subscription_events', event(ds.uuid, { event_type: 'subscription_cancelled', effective_date: '2024-02-01', external_id: 'ev-2', amount_in_cents: null }));
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(0);
  });

  it('needs the envelope (400), the required fields and a free external id (422)', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const flat = await api.post('/v1/subscription_events', event(ds.uuid).subscription_event);
    expect(flat.status).toBe(400);
    expect(flat.body.param).toBe('subscription_event');
    const missing = await api.post('/v1/subscription_events', { subscription_event: { data_source_uuid: ds.uuid } });
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.errors)).toEqual(expect.arrayContaining(['customer_external_id', 'event_type', 'effective_date']));
    await api.post('/v1/subscription_events', event(ds.uuid));
    expect((await api.post('/v1/subscription_events', event(ds.uuid))).body).toEqual({ errors: { external_id: 'has already been taken' } });
  });

  it('updates by id and by external id, disables both ways, and deletes with a JSON body (204)', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const created = (await api.post('/v1/subscription_events', event(ds.uuid))).body;
    const byId = await api.patch('/v1/subscription_events', { subscription_event: { id: created.id, amount_in_cents: 5000 } });
    expect(byId.body.amount_in_cents).toBe(5000);
    const byExternal = await api.patch('/v1/subscription_events', { subscription_event: { data_source_uuid: ds.uuid, external_id: 'ev-1', quantity: 3 } });
    expect(byExternal.body).toMatchObject({ amount_in_cents: 5000, quantity: 3 });
    expect((await api.patch(`/v1/subscription_events/${created.id}/disabled_state`, { disabled: true })).body.disabled).toBe(true);
    const enabled = await api.patch('/v1/subscription_events/disabled_state', { subscription_event: { data_source_uuid: ds.uuid, external_id: 'ev-1' }, disabled: false });
    expect(enabled.body.disabled).toBe(false);
    const flatDisable = await api.patch('/v1/subscription_events/disabled_state', { data_source_uuid: ds.uuid, external_id: 'ev-1', disabled: true });
    expect(flatDisable.body.disabled).toBe(true);
    expect((await api.delete('/v1/subscription_events', { subscription_event: { id: created.id } })).status).toBe(204);
    expect((await api.get('/v1/subscription_events')).body.subscription_events).toEqual([]);
    const again = await api.delete('/v1/subscription_events', { subscription_event: { id: created.id } });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ error: 'Subscription event not found' });
  });
});
