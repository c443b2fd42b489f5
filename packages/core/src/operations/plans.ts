import type { Plan, PlanCreateParams, PlanListParams, PlanPage, PlanUpdateParams } from '../types/plans.js';
import { defineOperation } from './operation.js';

export const plans = {
  list: defineOperation<PlanListParams, PlanPage>()({
    id: 'plans.list',
    method: 'GET',
    path: '/v1/plans',
    paging: { items: 'plans' },
  }),
  create: defineOperation<PlanCreateParams, Plan>()({
    id: 'plans.create',
    method: 'POST',
    path: '/v1/plans',
  }),
  retrieve: defineOperation<void, Plan>()({
    id: 'plans.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/plans/{uuid}',
  }),
  update: defineOperation<PlanUpdateParams, Plan>()({
    id: 'plans.update',
    method: 'PATCH',
    path: '/v1/plans/{uuid}',
  }),
  delete: defineOperation<void, void>()({
    id: 'plans.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/plans/{uuid}',
  }),
} as const;
