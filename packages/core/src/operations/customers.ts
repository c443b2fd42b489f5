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
    summary: 'Creates a customer in a data source.',
  }),
  list: defineOperation<CustomerListParams, CustomerPage>()({
    id: 'customers.list',
    method: 'GET',
    path: '/v1/customers',
    summary: 'Lists customers, optionally by data source, status, billing system or external id.',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Customer>()({
    id: 'customers.retrieve',
    method: 'GET',
    path: '/v1/customers/{uuid}',
    summary: 'Returns one customer.',
  }),
  update: defineOperation<CustomerUpdateParams, Customer>()({
    id: 'customers.update',
    method: 'PATCH',
    path: '/v1/customers/{uuid}',
    summary: "Changes a customer's writable fields.",
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'customers.delete',
    method: 'DELETE',
    path: '/v1/customers/{uuid}',
    summary: 'Deletes a customer and all its data (invoices, subscriptions, attributes).',
  }),
  search: defineOperation<CustomerSearchParams, CustomerPage>()({
    id: 'customers.search',
    method: 'GET',
    path: '/v1/customers/search',
    summary: 'Lists the customers with an email address.',
    paging: { items: 'entries' },
  }),
  merge: defineOperation<CustomerMergeParams, EmptyResult>()({
    id: 'customers.merge',
    method: 'POST',
    path: '/v1/customers/merges',
    summary: 'Merges one customer into another (by UUID, or by data source and external id).',
  }),
  unmerge: defineOperation<CustomerUnmergeParams, EmptyResult>()({
    id: 'customers.unmerge',
    method: 'POST',
    path: '/v1/customers/unmerges',
    summary: 'Splits a previously merged data source customer off into its own record (asynchronous).',
  }),
  retrieveAttributes: defineOperation<void, CustomerAttributes>()({
    id: 'customers.retrieveAttributes',
    method: 'GET',
    path: '/v1/customers/{uuid}/attributes',
    summary: "Returns a customer's tags and custom, Stripe and Clearbit attributes.",
  }),
  tags: customerTags,
  customAttributes: customerCustomAttributes,
  contacts: customerContacts,
  subscriptions: customerSubscriptions,
  activities: customerActivities,
} as const;
