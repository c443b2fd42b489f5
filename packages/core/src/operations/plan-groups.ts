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
    method: 'GET',
    path: '/v1/plan_groups',
    paging: { items: 'plan_groups' },
  }),
  create: defineOperation<PlanGroupCreateParams, PlanGroup>()({
    method: 'POST',
    path: '/v1/plan_groups',
  }),
  retrieve: defineOperation<void, PlanGroup>()({
    noParams: true,
    method: 'GET',
    path: '/v1/plan_groups/{uuid}',
  }),
  update: defineOperation<PlanGroupUpdateParams, PlanGroup>()({
    method: 'PATCH',
    path: '/v1/plan_groups/{uuid}',
  }),
  delete: defineOperation<void, void>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/plan_groups/{uuid}',
  }),
  /** The plans of one group. */
  plans: {
    list: defineOperation<PlanGroupListParams, PlanGroupPlanPage>()({
      method: 'GET',
      path: '/v1/plan_groups/{uuid}/plans',
      paging: { items: 'plans' },
    }),
  },
} as const;
