import type { CursorPage, CursorParams, CustomFieldInput } from './common.js';

/** A person at a customer. */
export interface Contact {
  /** ChartMogul's UUID of the contact, `con_...`. */
  uuid: string;
  /** The customer the contact belongs to; `null` on the contact a merge left behind. */
  customer_uuid: string | null;
  /** The external id of that customer. */
  customer_external_id?: string;
  /** Your id of the contact, when you gave one (or `null`). */
  external_id?: string | null;
  /** The data source of the customer the contact is associated with. */
  data_source_uuid: string;
  /** Position of the contact in the customer's profile (1 is first). */
  position?: number;
  /** The contact's first name. */
  first_name?: string | null;
  /** The contact's last name. */
  last_name?: string | null;
  /** Job title, e.g. `CEO`. */
  title?: string | null;
  /** The contact's email address. */
  email?: string | null;
  /** Phone number, in any format. */
  phone?: string | null;
  /** URL of the LinkedIn profile. */
  linked_in?: string | null;
  /** URL of the Twitter profile. */
  twitter?: string | null;
  /** Free text about the contact. */
  notes?: string | null;
  /** Custom fields by key; `{}` when none are set. */
  custom?: Record<string, unknown>;
}

/** A page of contacts. */
export type ContactPage = CursorPage<'entries', Contact>;

/** The contact fields you can write. */
export interface ContactWritableFields {
  /** Position in the customer's profile (1 is first). */
  position?: number;
  /** The contact's first name. */
  first_name?: string | null;
  /** The contact's last name. */
  last_name?: string | null;
  /** Job title, e.g. `CEO`. */
  title?: string | null;
  /** The contact's email address. */
  email?: string | null;
  /** Phone number, in any format. */
  phone?: string | null;
  /** URL of the LinkedIn profile. */
  linked_in?: string | null;
  /** URL of the Twitter profile. */
  twitter?: string | null;
  /** Free text about the contact. */
  notes?: string | null;
  /** Custom fields, e.g. `[{ key: 'date_of_birth', value: '1985-01-22' }]`. */
  custom?: CustomFieldInput[];
}

/** A new contact of the customer named in the path (`customers.contacts.create`). */
export interface CustomerContactCreateParams extends ContactWritableFields {
  /** The customer's data source the contact is associated with. */
  data_source_uuid: string;
}

export interface ContactCreateParams extends CustomerContactCreateParams {
  /** The customer the contact belongs to. */
  customer_uuid: string;
  /** The customer's external id (accepted by the official libraries; `customer_uuid` is what the docs require). */
  customer_external_id?: string;
  /** Your id of the contact (`null`: none). */
  external_id?: string | null;
}

export interface ContactUpdateParams extends ContactWritableFields {
  /** Your id of the contact; `null` removes it. */
  external_id?: string | null;
}

export interface ContactListParams extends CursorParams {
  /** Only contacts of this customer. */
  customer_uuid?: string;
  /** Only contacts associated with this data source. */
  data_source_uuid?: string;
  /** Only contacts with this email address. */
  email?: string;
  /** Only contacts of the customer with this external id. */
  customer_external_id?: string;
}
