import type { EmptyResult } from '../types/common.js';
import type {
  Opportunity,
  OpportunityCreateParams,
  OpportunityListParams,
  OpportunityPage,
  OpportunityUpdateParams,
} from '../types/opportunities.js';
import { defineOperation } from './operation.js';

// The Opportunities endpoints need an API key of a user with a CRM seat.
export const opportunities = {
  create: defineOperation<OpportunityCreateParams, Opportunity>()({
    id: 'opportunities.create',
    method: 'POST',
    path: '/v1/opportunities',
  }),
  list: defineOperation<OpportunityListParams, OpportunityPage>()({
    id: 'opportunities.list',
    method: 'GET',
    path: '/v1/opportunities',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Opportunity>()({
    id: 'opportunities.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/opportunities/{uuid}',
  }),
  update: defineOperation<OpportunityUpdateParams, Opportunity>()({
    id: 'opportunities.update',
    method: 'PATCH',
    path: '/v1/opportunities/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'opportunities.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/opportunities/{uuid}',
  }),
} as const;
