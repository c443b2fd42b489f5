import type { Plan, PlanCreateParams, PlanListParams, PlanPage, PlanUpdateParams } from '../types/plans.js';
import { defineOperation } from './operation.js';

export const plans = {
  list: defineOperation<PlanListParams, PlanPage>()({
    id: 'plans.list',
    method: 'GET',
    path: '/v1/plans',
    summary: 'Lists plans, optionally of one source, external id or billing system.',
    paging: { items: 'plans' },
  }),
  create: defineOperation<PlanCreateParams, Plan>()({
    id: 'plans.create',
    method: 'POST',
    path: '/v1/plans',
    summary: 'Creates a plan in a source.',
  }),
  retrieve: defineOperation<void, Plan>()({
    id: 'plans.retrieve',
    method: 'GET',
    path: '/v1/plans/{uuid}',
    summary: 'Retrieves a plan by its uuid.',
  }),
  update: defineOperation<PlanUpdateParams, Plan>()({
    id: 'plans.update',
    method: 'PATCH',
    path: '/v1/plans/{uuid}',
    summary: "Changes a plan's name or billing interval.",
  }),
  delete: defineOperation<void, void>()({
    id: 'plans.delete',
    method: 'DELETE',
    path: '/v1/plans/{uuid}',
    summary: 'Deletes a plan that has no subscribers.',
  }),
} as const;
