import type {
  PlanGroup,
  PlanGroupCreateParams,
  PlanGroupListParams,
  PlanGroupPage,
  PlanGroupPlanPage,
  PlanGroupUpdateParams,
} from '../types/plan-groups.js';
import { defineOperation } from './operation.js';

export const planGroups = {
  list: defineOperation<PlanGroupListParams, PlanGroupPage>()({
    id: 'planGroups.list',
    method: 'GET',
    path: '/v1/plan_groups',
    paging: { items: 'plan_groups' },
  }),
  create: defineOperation<PlanGroupCreateParams, PlanGroup>()({
    id: 'planGroups.create',
    method: 'POST',
    path: '/v1/plan_groups',
  }),
  retrieve: defineOperation<void, PlanGroup>()({
    id: 'planGroups.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/plan_groups/{uuid}',
  }),
  update: defineOperation<PlanGroupUpdateParams, PlanGroup>()({
    id: 'planGroups.update',
    method: 'PATCH',
    path: '/v1/plan_groups/{uuid}',
  }),
  delete: defineOperation<void, void>()({
    id: 'planGroups.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/plan_groups/{uuid}',
  }),
  /** The plans of one group. */
  plans: {
    list: defineOperation<PlanGroupListParams, PlanGroupPlanPage>()({
      id: 'planGroups.plans.list',
      method: 'GET',
      path: '/v1/plan_groups/{uuid}/plans',
      paging: { items: 'plans' },
    }),
  },
} as const;
