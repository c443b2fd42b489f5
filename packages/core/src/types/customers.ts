import type { CursorPage, CursorParams, CustomAttributeInput, LegacyPageFields } from './common.js';

/** A customer's postal address, as ChartMogul normalised it. */
export interface CustomerAddress {
  /** Postal code. */
  address_zip?: string | null;
  /** City name, e.g. `Juneau`. */
  city?: string | null;
  /** The state's name, e.g. `Alaska`. */
  state?: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null;
}

/** A customer's tags and attributes: custom ones, and those from Stripe and Clearbit. */
export interface CustomerAttributes {
  /** The customer's tags, e.g. `["important", "Prio1"]`. */
  tags?: string[];
  /** Custom attributes by key, e.g. `{ CAC: 213, channel: "Facebook" }`. */
  custom?: Record<string, unknown>;
  /** Attributes imported from Stripe metadata. */
  stripe?: Record<string, unknown>;
  /** Enrichment data from Clearbit, when enabled. */
  clearbit?: Record<string, unknown>;
}

/**
 * A customer: a current, past or potential subscriber (lead, trial).
 * Fields every documented answer carries are required; the short forms returned by
 * search or by-email calls omit the others.
 */
export interface Customer {
  /** ChartMogul's numeric id of the customer. */
  id: number;
  /** ChartMogul's UUID of the customer, `cus_...`. */
  uuid: string;
  /** Your id of the customer in its data source. */
  external_id: string;
  /** Every external id of the customer (several after a merge). */
  external_ids?: string[];
  /** The customer's data source (the first one after a merge). */
  data_source_uuid?: string;
  /** Every data source the customer has records in. */
  data_source_uuids?: string[];
  /** Display name. */
  name: string;
  /** Primary email address (`""` when none was given). */
  email: string;
  /** The customer's company or organisation (`""` when none). */
  company?: string;
  /** `Active`, `Past_Due`, `Cancelled`, or a lead status such as `New_Lead`. */
  status: string;
  /** When the customer became a lead (ISO 8601), or `null`. */
  lead_created_at?: string | null;
  /** When the customer's free trial started (ISO 8601), or `null`. */
  free_trial_started_at?: string | null;
  /** When the customer first paid (ISO 8601). */
  'customer-since': string | null;
  /** Postal code. */
  zip?: string | null;
  /** City name. */
  city?: string | null;
  /** State code, e.g. `AK`. */
  state?: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null;
  /** The postal address as one object (the same values as `city`, `state`, `country` and `zip`). */
  address?: CustomerAddress;
  /** Tags and custom attributes, and the attributes from Stripe and Clearbit. */
  attributes: CustomerAttributes;
  /** Monthly recurring revenue, in cents of `currency`. */
  mrr?: number;
  /** Annual run rate, in cents of `currency`. */
  arr?: number;
  /** The billing system the customer comes from, e.g. `Stripe`. */
  'billing-system-type'?: string;
  /** Link to the customer in the billing system, or `null`. */
  'billing-system-url'?: string | null;
  /** Link to the customer in ChartMogul. */
  'chartmogul-url'?: string;
  /** The account currency (ISO 4217) MRR and ARR are in. */
  currency?: string;
  /** The symbol of `currency`, e.g. `$`. */
  'currency-sign'?: string;
  /** Email of the ChartMogul user who owns the customer, or `null`. */
  owner?: string | null;
  /** The customer's website, or `null`. */
  website_url?: string | null;
}

/** A page of customers. */
export type CustomerPage = CursorPage<'entries', Customer> & LegacyPageFields;

/** The customer's main contact, created or updated along with the customer. */
export interface PrimaryContactInput {
  /** The contact's first name. */
  first_name?: string;
  /** The contact's last name. */
  last_name?: string;
  /** The contact's email address. */
  email?: string;
  /** Job title, e.g. `CFO`. */
  title?: string;
  /** Phone number, in any format. */
  phone?: string;
  /** URL of the LinkedIn profile. */
  linked_in?: string;
  /** URL of the Twitter profile. */
  twitter?: string;
  /** Free text. */
  notes?: string;
}

/** The customer fields you can write, on create and update alike; `null` clears an optional one. */
interface CustomerWritableFields {
  /** Display name. */
  name?: string;
  /** Email address; ChartMogul also matches customers across data sources by it. */
  email?: string;
  /** The customer's company or organisation. */
  company?: string | null;
  /** ISO 3166-1 alpha-2 country code, e.g. `US`. */
  country?: string | null;
  /** ISO 3166-2 state code, e.g. `US-NY`. */
  state?: string | null;
  /** City name. */
  city?: string | null;
  /** Postal code. */
  zip?: string | null;
  /** When the customer became a lead (ISO 8601, in the past). */
  lead_created_at?: string | null;
  /** When the customer's free trial started (ISO 8601, in the past). */
  free_trial_started_at?: string | null;
  /** Email of the ChartMogul user who owns the customer. */
  owner?: string | null;
  /** The customer's main contact, created with the customer or updated with it. */
  primary_contact?: PrimaryContactInput;
  /** The customer's website URL. */
  website_url?: string | null;
}

export interface CustomerCreateParams extends CustomerWritableFields {
  /** The data source the customer belongs to, `ds_...`. */
  data_source_uuid: string;
  /** Your unique id of the customer in that data source. */
  external_id: string;
  /** Tags and custom attributes to set right away. */
  attributes?: {
    /** Tags to set, e.g. `["managed-account"]`. */
    tags?: string[];
    /** Custom attributes, each with its type, key and value. */
    custom?: CustomAttributeInput[];
  };
}

/** A custom attribute's new value, or the value with where it came from. */
export type CustomAttributeValue =
  | string
  | number
  | boolean
  | null
  | {
      /** The attribute's new value, of its type. */
      value: string | number | boolean | null;
      /** Where the value came from, shown in ChartMogul; defaults to `API`. */
      source?: string;
    };

export interface CustomerUpdateParams extends CustomerWritableFields {
  /** Your id of the customer in its data source (sent back as it is by the official libraries). */
  external_id?: string;
  /** The customer's data source (sent back as it is by the official libraries). */
  data_source_uuid?: string;
  /** A lead status: `New_Lead`, `Working_Lead`, `Qualified_Lead` or `Unqualified_Lead` (subscriber statuses are computed). */
  status?: string;
  /** Replaces the tags; updates existing custom attributes by key. */
  attributes?: {
    /** Tags to set, e.g. `["managed-account"]`. */
    tags?: string[];
    /** New values of existing custom attributes by key, e.g. `{ CAC: 213 }`. */
    custom?: Record<string, CustomAttributeValue>;
  };
}

export interface CustomerListParams extends CursorParams {
  /** Only customers of this data source. */
  data_source_uuid?: string;
  /** Only customers with this status, e.g. `Active`, `Cancelled`. */
  status?: string;
  /** Only customers from this billing system, e.g. `Stripe`, `Custom`. */
  system?: string;
  /** Only the customer with this external id. */
  external_id?: string;
}

/**
 * `customers.search`: the customers with an email address. No match is an empty page
 * (`entries: []`, `has_more: false`): ChartMogul answers 404 there, which the SDK resolves.
 */
export interface CustomerSearchParams extends CursorParams {
  /** The email address to look for. */
  email: string;
}

/** Names a customer by ChartMogul UUID, or by data source and external id. */
export type CustomerReference =
  | {
      /** ChartMogul's UUID of the customer, `cus_...`. */
      customer_uuid: string;
      /** Not with `customer_uuid`. */
      data_source_uuid?: never;
      /** Not with `customer_uuid`. */
      external_id?: never;
    }
  | {
      /** The data source of the customer, `ds_...`. */
      data_source_uuid: string;
      /** Your id of the customer in that data source. */
      external_id: string;
      /** Not with `data_source_uuid` and `external_id`. */
      customer_uuid?: never;
    };

export interface CustomerMergeParams {
  /** The customer merged away (its data moves to `into`). */
  from: CustomerReference;
  /** The customer that remains. */
  into: CustomerReference;
}

export interface CustomerUnmergeParams {
  /** The merged customer to split a data source customer off from. */
  customer_uuid: string;
  /** The data source of the customer to split off into its own record. */
  data_source_uuid: string;
  /** The external id of the customer to split off into its own record. */
  external_id: string;
  /** What moves to the split-off customer; by default all stays with `customer_uuid`. */
  move_to_new_customer?: Array<'tasks' | 'opportunities' | 'notes'>;
}
