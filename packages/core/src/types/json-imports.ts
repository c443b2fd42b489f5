import type { InvoiceImport } from './invoices.js';
import type { LineItemFields } from './line-items.js';
import type { PlanCreateParams } from './plans.js';
import type { SubscriptionEventFields } from './subscription-events.js';
import type { TransactionFields } from './transactions.js';

// In a bulk import every record names its relatives by your ids (external ids), and the source
// is the one in the path, so records carry no `data_source_uuid`.

/** A customer in a bulk import. */
export interface JsonImportCustomer {
  /** Your id of the customer: other records refer to it as `customer_external_id`. */
  external_id: string;
  /** The customer's name. */
  name?: string;
  /** The customer's email address. */
  email?: string;
  /** Country, as an ISO 3166 alpha-2 code. */
  country?: string;
  /** State or region. */
  state?: string;
  /** City. */
  city?: string;
  /** Postal code. */
  zip?: string;
  /** Company name. */
  company?: string;
  /** When the customer became a lead (ISO 8601). */
  lead_created_at?: string;
  /** When the customer's free trial began (ISO 8601). */
  free_trial_started_at?: string;
}

/** A plan in a bulk import. */
export type JsonImportPlan = Omit<PlanCreateParams, 'data_source_uuid'>;

/** An invoice in a bulk import; its line items and transactions are listed apart. */
export type JsonImportInvoice = Omit<InvoiceImport, 'line_items' | 'transactions' | 'data_source_uuid' | 'customer_external_id'> & {
  /** Your id of the invoice's customer. */
  customer_external_id: string;
};

/** A line item in a bulk import. */
export type JsonImportLineItem = Omit<LineItemFields, 'plan_uuid'> & {
  /** Your id of the invoice the item belongs to. */
  invoice_external_id: string;
  /** Subscription and trial items: your id of the plan. */
  plan_external_id?: string;
};

/** A transaction in a bulk import. */
export type JsonImportTransaction = TransactionFields & {
  /** Your id of the invoice the transaction pays or refunds. */
  invoice_external_id: string;
};

/** A subscription event in a bulk import. */
export type JsonImportSubscriptionEvent = Omit<SubscriptionEventFields, 'data_source_uuid'>;

/**
 * `jsonImports.create`: POST /v1/data_sources/{uuid}/json_imports. Group all records of one
 * customer in one request; the payload must stay under 5 MB.
 */
export interface JsonImportCreateParams {
  /** Your id of this import: pass it to `jsonImports.retrieve` to follow it. */
  external_id: string;
  /** Customers to import. */
  customers?: JsonImportCustomer[];
  /** Plans to import. */
  plans?: JsonImportPlan[];
  /** Invoices to import. */
  invoices?: JsonImportInvoice[];
  /** Line items of the invoices. */
  line_items?: JsonImportLineItem[];
  /** Transactions of the invoices. */
  transactions?: JsonImportTransaction[];
  /** Subscription events to import. */
  subscription_events?: JsonImportSubscriptionEvent[];
}

/** Where a bulk import stands. */
export type JsonImportStatus = 'queued' | 'processing' | 'completed' | 'failed';

/** A bulk import and its progress (not the metrics' processing, which follows it). */
export interface JsonImport {
  /** ChartMogul's id of the import. */
  readonly id: string;
  /** The source the records were imported into. */
  readonly data_source_uuid: string;
  /** `queued`, then `processing`, then `completed` (open to states added later). */
  readonly status: JsonImportStatus | (string & {});
  /** Your id of the import. */
  readonly external_id: string;
  /** Per record type (and per customer external id), how its import went, e.g. `{ plans: { status: 'imported' } }`. */
  readonly status_details?: Readonly<Record<string, unknown>>;
  /** When the import was asked for (ISO 8601). */
  readonly created_at: string;
  /** When its status last changed (ISO 8601). */
  readonly updated_at: string;
}
