import type {
  CustomAttributesAddByEmailParams,
  CustomAttributesAddParams,
  CustomAttributesRemoveParams,
  CustomAttributesUpdateParams,
  CustomerCustomAttributes,
  CustomersByEmail,
} from '../types/customer-attributes.js';
import { defineOperation } from './operation.js';

/** `client.customers.customAttributes`: the custom attributes of customers. */
export const customerCustomAttributes = {
  add: defineOperation<CustomAttributesAddParams, CustomerCustomAttributes>()({
    method: 'POST',
    path: '/v1/customers/{uuid}/attributes/custom',
  }),
  update: defineOperation<CustomAttributesUpdateParams, CustomerCustomAttributes>()({
    method: 'PUT',
    path: '/v1/customers/{uuid}/attributes/custom',
  }),
  // ChartMogul takes the keys to remove as a JSON body on DELETE; the builder sends it.
  remove: defineOperation<CustomAttributesRemoveParams, CustomerCustomAttributes>()({
    method: 'DELETE',
    path: '/v1/customers/{uuid}/attributes/custom',
  }),
  addByEmail: defineOperation<CustomAttributesAddByEmailParams, CustomersByEmail>()({
    method: 'POST',
    path: '/v1/customers/attributes/custom',
  }),
} as const;
