import type { ExternalIdParams } from './common.js';
import type { DisabledStateFields, ImportErrors, ImportedReadParams, UserEditParams } from './import-api.js';

/** A payment for an invoice, or a refund of one. */
export type TransactionType = 'payment' | 'refund';

/** Whether the payment or refund went through. */
export type TransactionResult = 'successful' | 'failed';

/** The fields of a transaction you send, on import and on update. */
export interface TransactionFields {
  /** `payment` or `refund`. */
  type: TransactionType;
  /** When the transaction happened (ISO 8601). */
  date: string;
  /** `successful` or `failed`. */
  result: TransactionResult;
  /** Your id of the transaction. */
  external_id?: string;
  /**
   * The amount paid or refunded, in cents. Absent means the invoice's full amount; partial
   * payments or refunds must not add up to more than the invoice.
   */
  amount_in_cents?: number;
  /** The payment processor's fees, in cents. */
  transaction_fees_in_cents?: number;
  /** The three-letter currency of the fees, e.g. `USD`. */
  transaction_fees_currency?: string;
}

/** A payment or refund attempt of an invoice. */
export interface Transaction extends DisabledStateFields {
  /** ChartMogul's id of the transaction (`tr_...`). */
  readonly uuid: string;
  /** Your id of the transaction, or `null`. */
  readonly external_id: string | null;
  /** `payment` or `refund` (open to values added later). */
  readonly type: TransactionType | (string & {});
  /** When the transaction happened (ISO 8601). */
  readonly date: string;
  /** `successful` or `failed` (open to values added later). */
  readonly result: TransactionResult | (string & {});
  /** The amount paid or refunded, in cents; `null` for the invoice's full amount. */
  readonly amount_in_cents?: number | null;
  /** The payment processor's fees, in cents. */
  readonly transaction_fees_in_cents?: number | null;
  /** The currency of the fees. */
  readonly transaction_fees_currency?: string | null;
  /** The invoice the transaction belongs to (`inv_...`). */
  readonly invoice_uuid?: string;
  /** Validation errors, by field. */
  readonly errors?: ImportErrors;
  /** With `include_edit_histories`: the edits made over the imported values. */
  readonly edit_history_summary?: Readonly<Record<string, unknown>>;
}

/** `transactions.import`: POST /v1/import/invoices/{invoice_uuid}/transactions. */
export type TransactionImportParams = TransactionFields &
  UserEditParams & {
    /** The invoice of the path; the official libraries send it in the body too, and the API accepts it there. */
    invoice_uuid?: string;
  };

/** `transactions.retrieve`: GET /v1/transactions/{uuid}. */
export type TransactionRetrieveParams = ImportedReadParams;

/** `transactions.update`: PATCH /v1/transactions/{uuid}. Only the fields given change. */
export type TransactionUpdateParams = Partial<TransactionFields> & UserEditParams;

/** `transactions.retrieveByExternalId`: GET /v1/transactions?data_source_uuid=&external_id=. */
export type TransactionRetrieveByExternalIdParams = ExternalIdParams & ImportedReadParams;

/**
 * `transactions.updateByExternalId`: PATCH /v1/transactions?data_source_uuid=&external_id=. The
 * two ids find the transaction (they travel in the query), so the external id cannot change here.
 */
export type TransactionUpdateByExternalIdParams = ExternalIdParams & Omit<TransactionUpdateParams, 'external_id'>;

/** The params of removing or disabling a transaction by its source's id. */
export type TransactionByExternalIdParams = ExternalIdParams & UserEditParams;
