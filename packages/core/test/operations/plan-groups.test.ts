import { describe, expect, it } from 'vitest';
import type { PlanGroup } from '../../src/index.js';
import { captureRequests, testClient } from '../support/capture.js';
import { itSendsOnTheWire } from '../support/wire-cases.js';

const wire = captureRequests();

const group: PlanGroup = { uuid: 'plg_b53fdbfc-c5eb-4a61-a589-85146cf8d0ab', name: 'Gold plans', plans_count: 2 };
const plan = {
  uuid: 'pl_1',
  data_source_uuid: 'ds_1',
  name: 'Gold monthly',
  interval_count: 1,
  interval_unit: 'month',
  external_id: 'gold_monthly',
};

describe('planGroups on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'planGroups.list',
      call: (cm) => cm.planGroups.list({ per_page: 10 }),
      method: 'GET',
      path: '/v1/plan_groups',
      query: { per_page: '10' },
      reply: { plan_groups: [group], has_more: false, cursor: null },
    },
    {
      operation: 'planGroups.create',
      call: (cm) => cm.planGroups.create({ name: 'Gold plans', plans: ['pl_1', 'pl_2'] }),
      method: 'POST',
      path: '/v1/plan_groups',
      body: { name: 'Gold plans', plans: ['pl_1', 'pl_2'] },
      reply: group,
    },
    {
      operation: 'planGroups.retrieve',
      call: (cm) => cm.planGroups.retrieve(group.uuid),
      method: 'GET',
      path: `/v1/plan_groups/${group.uuid}`,
      reply: group,
    },
    {
      operation: 'planGroups.update',
      call: (cm) => cm.planGroups.update(group.uuid, { plans: ['pl_3'] }),
      method: 'PATCH',
      path: `/v1/plan_groups/${group.uuid}`,
      body: { plans: ['pl_3'] },
      reply: { ...group, plans_count: 1 },
    },
    {
      operation: 'planGroups.delete',
      call: (cm) => cm.planGroups.delete(group.uuid),
      method: 'DELETE',
      path: `/v1/plan_groups/${group.uuid}`,
    },
    {
      operation: 'planGroups.plans.list',
      call: (cm) => cm.planGroups.plans.list(group.uuid, { per_page: 1 }),
      method: 'GET',
      path: `/v1/plan_groups/${group.uuid}/plans`,
      query: { per_page: '1' },
      reply: { plans: [plan], has_more: false, cursor: null },
    },
  ]);
});

describe('planGroups paging', () => {
  it('planGroups.plans.list walks the plans of a group across pages, keeping the group uuid', async () => {
    wire.reply({ plans: [plan], has_more: true, cursor: 'next' });
    const walk = testClient().planGroups.plans.list(group.uuid).pages();
    const first = await walk.next();
    wire.reply({ plans: [{ ...plan, uuid: 'pl_2' }], has_more: false, cursor: null });
    const second = await walk.next();
    expect(first.value?.plans.map((p) => p.uuid)).toEqual(['pl_1']);
    expect(second.value?.plans.map((p) => p.uuid)).toEqual(['pl_2']);
    expect((await walk.next()).done).toBe(true);
    expect(wire.requests.map((r) => [r.path, r.query])).toEqual([
      [`/v1/plan_groups/${group.uuid}/plans`, {}],
      [`/v1/plan_groups/${group.uuid}/plans`, { cursor: 'next' }],
    ]);
  });
});
