import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';
import { itSendsOnTheWire } from '../support/wire-cases.js';

const wire = captureRequests();

const plan: Plan = {
  uuid: 'pl_eed05d54-75b4-431b-adb2-eb6b9e543206',
  data_source_uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
  name: 'Bronze Plan',
  interval_count: 1,
  interval_unit: 'month',
  external_id: 'plan_0001',
};

describe('plans on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'plans.list',
      call: (cm) => cm.plans.list({ data_source_uuid: plan.data_source_uuid, system: 'Stripe', per_page: 2 }),
      method: 'GET',
      path: '/v1/plans',
      query: { data_source_uuid: plan.data_source_uuid, system: 'Stripe', per_page: '2' },
      reply: { plans: [plan], has_more: false, cursor: null },
    },
    {
      operation: 'plans.create',
      call: (cm) =>
        cm.plans.create({
          data_source_uuid: plan.data_source_uuid,
          name: 'Bronze Plan',
          interval_count: 1,
          interval_unit: 'month',
          external_id: 'plan_0001',
        }),
      method: 'POST',
      path: '/v1/plans',
      body: {
        data_source_uuid: plan.data_source_uuid,
        name: 'Bronze Plan',
        interval_count: 1,
        interval_unit: 'month',
        external_id: 'plan_0001',
      },
      reply: plan,
    },
    {
      operation: 'plans.retrieve',
      call: (cm) => cm.plans.retrieve(plan.uuid),
      method: 'GET',
      path: `/v1/plans/${plan.uuid}`,
      reply: plan,
    },
    {
      operation: 'plans.update',
      call: (cm) => cm.plans.update(plan.uuid, { name: 'Silver Plan', interval_count: 3 }),
      method: 'PATCH',
      path: `/v1/plans/${plan.uuid}`,
      body: { name: 'Silver Plan', interval_count: 3 },
      reply: { ...plan, name: 'Silver Plan', interval_count: 3 },
    },
    {
      operation: 'plans.delete',
      call: (cm) => cm.plans.delete(plan.uuid),
      method: 'DELETE',
      path: `/v1/plans/${plan.uuid}`,
    },
  ]);
});

describe('plans.list paging (items under "plans")', () => {
  it('walks every plan of two pages with for await, passing the cursor on', async () => {
    const second: Plan = { ...plan, uuid: 'pl_2', name: 'Gold Plan' };
    const pages = [
      { plans: [plan], has_more: true, cursor: 'cursor-2' },
      { plans: [second], has_more: false, cursor: null },
    ];
    wire.respondWith((request) => ({ status: 200, body: request.query.cursor === 'cursor-2' ? pages[1] : pages[0] }));
    const seen: string[] = [];
    for await (const item of testClient().plans.list({ per_page: 1 })) seen.push(item.name);
    expect(seen).toEqual(['Bronze Plan', 'Gold Plan']);
    expect(wire.requests.map((request) => request.query)).toEqual([{ per_page: '1' }, { per_page: '1', cursor: 'cursor-2' }]);
  });

  it('awaited, is the first page with nextPage()', async () => {
    wire.reply({ plans: [plan], has_more: true, cursor: 'c2' });
    const page = await testClient().plans.list();
    expect(page.plans).toEqual([plan]);
    wire.reply({ plans: [], has_more: false, cursor: null });
    const next = await page.nextPage();
    expect(next?.plans).toEqual([]);
    expect(wire.last().query).toEqual({ cursor: 'c2' });
  });
});
