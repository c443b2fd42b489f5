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
    method: 'POST',
    path: '/v1/customers',
  }),
  list: defineOperation<CustomerListParams, CustomerPage>()({
    method: 'GET',
    path: '/v1/customers',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Customer>()({
    noParams: true,
    method: 'GET',
    path: '/v1/customers/{uuid}',
  }),
  update: defineOperation<CustomerUpdateParams, Customer>()({
    method: 'PATCH',
    path: '/v1/customers/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/customers/{uuid}',
  }),
  search: defineOperation<CustomerSearchParams, CustomerPage>()({
    method: 'GET',
    path: '/v1/customers/search',
    paging: { items: 'entries' },
    // The real API answers 404 ("Can't find any customers with email") when no customer has the address.
    notFoundIsEmpty: true,
  }),
  merge: defineOperation<CustomerMergeParams, EmptyResult>()({
    method: 'POST',
    path: '/v1/customers/merges',
  }),
  unmerge: defineOperation<CustomerUnmergeParams, EmptyResult>()({
    method: 'POST',
    path: '/v1/customers/unmerges',
  }),
  retrieveAttributes: defineOperation<void, CustomerAttributes>()({
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
