import { describe, expect, it } from 'vitest';
import { basics, mockApi } from './support/mock-api.js';

describe('plans', () => {
  it('creates (201), updates (PATCH), lists by data source and external id, deletes (204)', async () => {
    const api = mockApi();
    const { ds, plan } = await basics(api);
    expect(plan).toMatchObject({ name: 'Gold', interval_count: 1, interval_unit: 'month', external_id: 'gold', data_source_uuid: ds.uuid });
    expect(plan.uuid).toMatch(/^pl_/);
    const updated = await api.patch(`/v1/plans/${plan.uuid}`, { name: 'Gold v2', interval_count: 3 });
    expect(updated.body).toMatchObject({ name: 'Gold v2', interval_count: 3, interval_unit: 'month' });
    expect((await api.get(`/v1/plans/${plan.uuid}`)).body).toEqual(updated.body);
    expect((await api.get(`/v1/plans?data_source_uuid=${ds.uuid}&external_id=gold`)).body.plans).toEqual([updated.body]);
    expect((await api.get('/v1/plans?external_id=silver')).body.plans).toEqual([]);
    expect((await api.delete(`/v1/plans/${plan.uuid}`)).status).toBe(204);
    expect((await api.get(`/v1/plans/${plan.uuid}`)).body).toEqual({ error: 'Plan not found' });
  });

  it('answers 422 for a duplicate external id in the source and for missing fields, as recorded', async () => {
    const api = mockApi();
    const { ds } = await basics(api);
    const duplicate = await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: 'G', interval_count: 1, interval_unit: 'month', external_id: 'gold' });
    expect(duplicate.body).toEqual({ errors: { external_id: 'A plan with this identifier already exists in our system.' } });
    const empty = await api.post('/v1/plans', { data_source_uuid: null, name: null, interval_count: null, interval_unit: null });
    expect(empty.status).toBe(422);
    expect(Object.keys(empty.body.errors).sort()).toEqual(['data_source_uuid', 'interval_count', 'interval_unit', 'name']);
  });
});

describe('plan groups', () => {
  it('groups plans, lists the group\'s plans, updates, and deletes (204)', async () => {
    const api = mockApi();
    const { ds, plan } = await basics(api);
    const silver = (await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: 'Silver', interval_count: 1, interval_unit: 'year' })).body;
    const group = await api.post('/v1/plan_groups', { name: 'All', plans: [plan.uuid, silver.uuid] });
    expect(group.status).toBe(200);
    expect(group.body).toMatchObject({ name: 'All', plans_count: 2 });
    expect(group.body.uuid).toMatch(/^plg_/);
    const plans = (await api.get(`/v1/plan_groups/${group.body.uuid}/plans?per_page=1`)).body;
    expect(plans.plans.map((p: { uuid: string }) => p.uuid)).toEqual([plan.uuid]);
    expect(plans.has_more).toBe(true);
    expect((await api.patch(`/v1/plan_groups/${group.body.uuid}`, { name: 'Some', plans: [silver.uuid] })).body).toMatchObject({ name: 'Some', plans_count: 1 });
    expect((await api.get('/v1/plan_groups')).body.plan_groups).toHaveLength(1);
    await api.delete(`/v1/plans/${silver.uuid}`);
    expect((await api.get(`/v1/plan_groups/${group.body.uuid}`)).body.plans_count).toBe(0);
    expect((await api.delete(`/v1/plan_groups/${group.body.uuid}`)).status).toBe(204);
    expect((await api.get(`/v1/plan_groups/${group.body.uuid}`)).status).toBe(404);
    expect((await api.post('/v1/plan_groups', { name: 'X', plans: ['pl_nope'] })).status).toBe(422);
  });
});
