import type { EmptyResult } from '../types/common.js';
import type {
  Customer,
  CustomerAttributes,
  CustomerCreateParams,
  CustomerListParams,
  CustomerMergeParams,
  CustomerPage,
  CustomerSearchParams,
  CustomerUnmergeParams,
  CustomerUpdateParams,
} from '../types/customers.js';
import { customerContacts } from './customer-contacts.js';
import { customerCustomAttributes } from './customer-custom-attributes.js';
import { customerActivities, customerSubscriptions } from './customer-metrics.js';
import { customerTags } from './customer-tags.js';
import { defineOperation } from './operation.js';

/** `client.customers`, with everything of one customer in its sub-namespaces. */
export const customers = {
  create: defineOperation<CustomerCreateParams, Customer>()({
    id: 'customers.create',
    method: 'POST',
    path: '/v1/customers',
  }),
  list: defineOperation<CustomerListParams, CustomerPage>()({
    id: 'customers.list',
    method: 'GET',
    path: '/v1/customers',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Customer>()({
    id: 'customers.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/customers/{uuid}',
  }),
  update: defineOperation<CustomerUpdateParams, Customer>()({
    id: 'customers.update',
    method: 'PATCH',
    path: '/v1/customers/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'customers.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/customers/{uuid}',
  }),
  search: defineOperation<CustomerSearchParams, CustomerPage>()({
    id: 'customers.search',
    method: 'GET',
    path: '/v1/customers/search',
    paging: { items: 'entries' },
  }),
  merge: defineOperation<CustomerMergeParams, EmptyResult>()({
    id: 'customers.merge',
    method: 'POST',
    path: '/v1/customers/merges',
  }),
  unmerge: defineOperation<CustomerUnmergeParams, EmptyResult>()({
    id: 'customers.unmerge',
    method: 'POST',
    path: '/v1/customers/unmerges',
  }),
  retrieveAttributes: defineOperation<void, CustomerAttributes>()({
    id: 'customers.retrieveAttributes',
    noParams: true,
    method: 'GET',
    path: '/v1/customers/{uuid}/attributes',
  }),
  tags: customerTags,
  customAttributes: customerCustomAttributes,
  contacts: customerContacts,
  subscriptions: customerSubscriptions,
  activities: customerActivities,
} as const;
