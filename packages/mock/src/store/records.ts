import type { StoredRecord } from './collection.js';

/**
 * What the store keeps per resource. Records hold what the API needs to answer (dates as
 * epoch milliseconds, references as objects) and no more: the wire shape with its defaults
 * and nulls is made when a record is sent, which keeps 100,000 seeded customers cheap.
 */

export interface DataSourceRecord extends StoredRecord {
  name: string;
  system: string;
  createdAt: number;
}

/** One (data source, external id) pair a customer is known by; merges give a customer several. */
export interface Identity {
  dataSourceUuid: string;
  externalId: string;
}

export interface CustomAttribute {
  type: string;
  value: unknown;
  source: string;
}

export interface CustomerRecord extends StoredRecord {
  /** ChartMogul's numeric customer id, shown next to the uuid. */
  id: number;
  identities: Identity[];
  name: string;
  email: string;
  company: string;
  country: string | null;
  state: string | null;
  city: string | null;
  zip: string | null;
  leadCreatedAt: number | null;
  freeTrialStartedAt: number | null;
  owner: string | null;
  websiteUrl: string | null;
  tags?: string[];
  custom?: Map<string, CustomAttribute>;
  createdAt: number;
}

export interface PlanRecord extends StoredRecord {
  dataSourceUuid: string;
  externalId: string;
  name: string;
  intervalCount: number;
  intervalUnit: string;
  createdAt: number;
}

export interface PlanGroupRecord extends StoredRecord {
  name: string;
  plans: PlanRecord[];
  createdAt: number;
}

export interface Disabled {
  at: number;
  by: string;
}

export type InvoiceStatusOverride = 'voided' | 'written_off';

export interface InvoiceRecord extends StoredRecord {
  externalId: string;
  dataSourceUuid: string;
  customer: CustomerRecord;
  customerExternalId: string | null;
  date: number;
  dueDate: number | null;
  currency: string;
  collectionMethod: string | null;
  statusOverride?: InvoiceStatusOverride;
  disabled?: Disabled;
  lineItems: LineItemRecord[];
  transactions: TransactionRecord[];
  createdAt: number;
}

/** The line item fields that only echo back; kept apart so seeded items stay small. */
export interface LineItemDetails {
  description?: string | null;
  prorated?: boolean;
  proration_type?: string | null;
  discount_code?: string;
  discount_amount_in_cents?: number;
  tax_amount_in_cents?: number;
  transaction_fees_in_cents?: number;
  transaction_fees_currency?: string | null;
  discount_description?: string | null;
  event_order?: number | null;
  account_code?: string;
}

export interface LineItemRecord extends StoredRecord {
  invoice: InvoiceRecord;
  type: string;
  externalId: string | null;
  subscription: SubscriptionRecord | null;
  plan: PlanRecord | null;
  servicePeriodStart: number | null;
  servicePeriodEnd: number | null;
  amountInCents: number;
  quantity: number;
  details?: LineItemDetails;
  disabled?: Disabled;
}

export interface TransactionRecord extends StoredRecord {
  invoice: InvoiceRecord;
  type: string;
  date: number;
  result: string;
  externalId: string | null;
  amountInCents: number | null;
  transactionFeesInCents: number | null;
  transactionFeesCurrency: string | null;
  disabled?: Disabled;
}

export interface SubscriptionRecord extends StoredRecord {
  externalId: string;
  subscriptionSetExternalId: string | null;
  dataSourceUuid: string;
  customer: CustomerRecord;
  /** The customer whose invoices made it: where a disconnect sends it back to. */
  originCustomer: CustomerRecord;
  items: LineItemRecord[];
  cancellationDates: number[];
  createdAt: number;
}

export interface SubscriptionEventRecord extends StoredRecord {
  id: number;
  dataSourceUuid: string;
  customerExternalId: string;
  subscriptionSetExternalId: string | null;
  subscriptionExternalId: string;
  planExternalId: string | null;
  eventDate: number;
  effectiveDate: number;
  eventType: string;
  externalId: string | null;
  quantity: number | null;
  currency: string | null;
  amountInCents: number | null;
  taxAmountInCents: number | null;
  retractedEventId: string | null;
  eventOrder: number | null;
  disabled?: Disabled;
  createdAt: number;
  updatedAt: number;
}

/** Contacts, notes, opportunities and tasks: CRM records whose fields only echo back. */
export interface CrmRecord extends StoredRecord {
  customer: CustomerRecord | null;
  fields: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface ActivitiesExportRecord extends StoredRecord {
  type: string | null;
  startDate: string | null;
  endDate: string | null;
  createdAt: number;
  /** Exports finish when first polled: the mock has no background work. */
  polled: boolean;
}

export interface JsonImportRecord extends StoredRecord {
  dataSourceUuid: string;
  externalId: string | null;
  /** Filled when the import is processed. */
  statusDetails: Record<string, unknown>;
  failed: boolean;
  createdAt: number;
  updatedAt: number;
}
