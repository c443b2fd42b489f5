import type { Plan, PlanCreateParams, PlanListParams, PlanPage, PlanUpdateParams } from '../types/plans.js';
import { defineOperation } from './operation.js';

export const plans = {
  list: defineOperation<PlanListParams, PlanPage>()({
    method: 'GET',
    path: '/v1/plans',
    paging: { items: 'plans' },
  }),
  create: defineOperation<PlanCreateParams, Plan>()({
    method: 'POST',
    path: '/v1/plans',
  }),
  retrieve: defineOperation<void, Plan>()({
    noParams: true,
    method: 'GET',
    path: '/v1/plans/{uuid}',
  }),
  update: defineOperation<PlanUpdateParams, Plan>()({
    method: 'PATCH',
    path: '/v1/plans/{uuid}',
  }),
  delete: defineOperation<void, void>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/plans/{uuid}',
  }),
} as const;
