import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Plan, PlanGroup } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('planGroups types', () => {
  it('take their params by wire name', () => {
    cm.planGroups.create({ name: 'Gold', plans: ['pl_1'] });
    // @ts-expect-error plans is an array of uuids
    cm.planGroups.create({ name: 'Gold', plans: 'pl_1' });
    // @ts-expect-error plans is required
    cm.planGroups.create({ name: 'Gold' });
    // @ts-expect-error plan_uuids is not a wire name
    cm.planGroups.update('plg_1', { plan_uuids: ['pl_1'] });
    // @ts-expect-error the plans of a group need the group's uuid
    cm.planGroups.plans.list({ per_page: 1 });
  });

  it('give typed results', () => {
    expectTypeOf(cm.planGroups.retrieve('plg_1')).resolves.toEqualTypeOf<PlanGroup>();
    expectTypeOf(cm.planGroups.list()).resolves.toHaveProperty('plan_groups').toEqualTypeOf<PlanGroup[]>();
    expectTypeOf(cm.planGroups.plans.list('plg_1')).resolves.toHaveProperty('plans').toEqualTypeOf<Plan[]>();
  });

  it('iterate the items of the named key', async () => {
    for await (const plan of cm.planGroups.plans.list('plg_1')) expectTypeOf(plan).toEqualTypeOf<Plan>();
  });
});
