import type { CursorPage, CursorParams, ExternalIdParams, LegacyPageFields } from './common.js';
import type { DisabledStateFields, ImportErrors, ImportedReadParams, UserEditParams } from './import-api.js';
import type { LineItem, LineItemFields } from './line-items.js';
import type { Transaction, TransactionFields } from './transactions.js';

/** How the invoice is collected. */
export type CollectionMethod = 'automatic' | 'manual';

/** One invoice as you import it: ChartMogul makes subscriptions and metrics from these. */
export interface InvoiceImport {
  /** Your id of the invoice, unique in the source. */
  external_id: string;
  /** The invoice's date (ISO 8601). */
  date: string;
  /** The three-letter currency of the invoice, e.g. `USD`. */
  currency: string;
  /** The items billed: at least one. */
  line_items: LineItemFields[];
  /** The payment and refund attempts of the invoice. */
  transactions?: TransactionFields[];
  /** When payment is due (ISO 8601). */
  due_date?: string;
  /** Your id of the customer. */
  customer_external_id?: string;
  /** The source of the invoice (`ds_...`). */
  data_source_uuid?: string;
  /** `automatic` (charged by the billing system) or `manual` (paid by the customer). */
  collection_method?: CollectionMethod;
}

/** An invoice, with its line items and transactions. */
export interface Invoice extends DisabledStateFields {
  /** ChartMogul's id of the invoice (`inv_...`). */
  readonly uuid: string;
  /** Your id of the invoice. */
  readonly external_id: string | null;
  /** The customer billed (`cus_...`). */
  readonly customer_uuid?: string;
  /** Your id of the customer. */
  readonly customer_external_id?: string | null;
  /** The source of the invoice (`ds_...`). */
  readonly data_source_uuid?: string;
  /** The invoice's date (ISO 8601). */
  readonly date: string;
  /** When payment is due (ISO 8601), or `null`. */
  readonly due_date?: string | null;
  /** The three-letter currency of the invoice. */
  readonly currency: string;
  /** `automatic` or `manual`, or `null` when unknown (open to values added later). */
  readonly collection_method?: CollectionMethod | (string & {}) | null;
  /** The invoice's status as ChartMogul derives it, e.g. `paid`, `open`, `voided`, `written_off`. */
  readonly status?: string | null;
  /** The items billed. */
  readonly line_items: readonly LineItem[];
  /** The payment and refund attempts. */
  readonly transactions: readonly Transaction[];
  /** Validation errors, by field: `{}` when valid. */
  readonly errors?: ImportErrors;
  /** With `include_edit_histories`: the edits made over the imported values. */
  readonly edit_history_summary?: Readonly<Record<string, unknown>>;
}

/** `invoices.import`: POST /v1/import/customers/{uuid}/invoices. */
export interface InvoiceImportParams extends UserEditParams {
  /** The invoices to import for the customer. */
  invoices: InvoiceImport[];
  /** The customer of the path; the official libraries send it in the body too, and the API accepts it there. */
  customer_uuid?: string;
}

/** What `invoices.import` answers: the imported invoices. */
export interface InvoiceImportResult {
  /** The customer the invoices were imported for. */
  readonly customer_uuid?: string;
  /** The invoices as ChartMogul stored them. */
  readonly invoices: readonly Invoice[];
}

/** `invoices.listImported`: GET /v1/import/customers/{uuid}/invoices. */
export type InvoiceListImportedParams = CursorParams;

/** A page of `invoices.listImported`: one customer's invoices under `invoices`. */
export type ImportedInvoicePage = CursorPage<'invoices', Invoice> &
  LegacyPageFields & {
  /** The customer the invoices belong to. */
  readonly customer_uuid?: string;
};

/** `invoices.list`: GET /v1/invoices, every invoice of the account. */
export interface InvoiceListParams extends CursorParams, ImportedReadParams {
  /** Only the invoices of this customer (`cus_...`). */
  customer_uuid?: string;
  /** Only the invoices of this source (`ds_...`). */
  data_source_uuid?: string;
  /** Only the invoice with this external id (with `data_source_uuid`: the one invoice). */
  external_id?: string;
}

/** A page of `invoices.list`: the invoices under `invoices`. */
export type InvoicePage = CursorPage<'invoices', Invoice> & LegacyPageFields;

/** `invoices.retrieve`: GET /v1/invoices/{uuid}. */
export type InvoiceRetrieveParams = ImportedReadParams;

/** The fields of an invoice that can change after import. */
export interface InvoiceUpdateFields {
  /** The invoice's new date (ISO 8601). */
  date?: string;
  /** The new due date (ISO 8601). */
  due_date?: string;
  /** The new three-letter currency. */
  currency?: string;
  /** The new collection method. */
  collection_method?: CollectionMethod;
}

/** `invoices.update`: PATCH /v1/invoices/{uuid}. Only the fields given change. */
export type InvoiceUpdateParams = InvoiceUpdateFields & UserEditParams;

/** `invoices.updateByExternalId`: PATCH /v1/invoices?data_source_uuid=&external_id=. */
export type InvoiceUpdateByExternalIdParams = ExternalIdParams & InvoiceUpdateFields & UserEditParams;

/** The params of removing or disabling an invoice by its source's id. */
export type InvoiceByExternalIdParams = ExternalIdParams & UserEditParams;

/** `invoices.updateStatus`: PUT /v1/data_sources/{data_source_uuid}/invoices/{external_id}/status. */
export interface InvoiceUpdateStatusParams extends UserEditParams {
  /** The invoice's new status: `voided` (cancelled) or `written_off` (uncollectable). */
  status: 'voided' | 'written_off';
}

/** `invoices.deleteAll`: DELETE /v1/data_sources/{data_source_uuid}/customers/{uuid}/invoices. */
export interface InvoiceDeleteAllParams {
  /** Your id of the customer, sent beside the uuid (as chartmogul-go's `DeleteCustomerInvoicesV2` does). */
  customer_external_id?: string;
}
