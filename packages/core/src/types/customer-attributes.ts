import type { CustomAttributeInput } from './common.js';
import type { Customer, CustomAttributeValue } from './customers.js';

export interface CustomerTagsParams {
  /** The tags to add or remove. */
  tags: string[];
}

export interface CustomerTagsByEmailParams extends CustomerTagsParams {
  /** Every customer with this email address gets the tags. */
  email: string;
}

/** The customer's tags after the change. */
export interface CustomerTags {
  /** Every tag the customer has now. */
  tags: string[];
}

export interface CustomAttributesAddParams {
  /** The attributes to add, with their types. */
  custom: CustomAttributeInput[];
}

export interface CustomAttributesAddByEmailParams extends CustomAttributesAddParams {
  /** Every customer with this email address gets the attributes. */
  email: string;
}

export interface CustomAttributesUpdateParams {
  /** New values by key; the attributes must exist already (add them first). */
  custom: Record<string, CustomAttributeValue>;
}

export interface CustomAttributesRemoveParams {
  /** The keys of the attributes to remove. */
  custom: string[];
}

/** The customer's custom attributes after the change, by key. */
export interface CustomerCustomAttributes {
  /** Every custom attribute the customer has now, by key, e.g. `{ CAC: 213, channel: "Facebook" }`. */
  custom: Record<string, unknown>;
}

/** The customers an email-addressed change touched. */
export interface CustomersByEmail {
  /** The customers with the email address, as changed. */
  entries: Customer[];
}
