import type {
  CustomerTags,
  CustomerTagsByEmailParams,
  CustomerTagsParams,
  CustomersByEmail,
} from '../types/customer-attributes.js';
import { defineOperation } from './operation.js';

/** `client.customers.tags`: the tags of customers. */
export const customerTags = {
  add: defineOperation<CustomerTagsParams, CustomerTags>()({
    method: 'POST',
    path: '/v1/customers/{uuid}/attributes/tags',
  }),
  // ChartMogul takes the tags to remove as a JSON body on DELETE; the builder sends it.
  remove: defineOperation<CustomerTagsParams, CustomerTags>()({
    method: 'DELETE',
    path: '/v1/customers/{uuid}/attributes/tags',
  }),
  addByEmail: defineOperation<CustomerTagsByEmailParams, CustomersByEmail>()({
    method: 'POST',
    path: '/v1/customers/attributes/tags',
  }),
} as const;
