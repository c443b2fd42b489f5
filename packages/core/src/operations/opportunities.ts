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
    method: 'POST',
    path: '/v1/opportunities',
  }),
  list: defineOperation<OpportunityListParams, OpportunityPage>()({
    method: 'GET',
    path: '/v1/opportunities',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Opportunity>()({
    noParams: true,
    method: 'GET',
    path: '/v1/opportunities/{uuid}',
  }),
  update: defineOperation<OpportunityUpdateParams, Opportunity>()({
    method: 'PATCH',
    path: '/v1/opportunities/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/opportunities/{uuid}',
  }),
} as const;
