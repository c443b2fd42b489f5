// Pieces shared by the Import API's invoices, line items, transactions and subscription events.

/** The optional query flag of the Import API's edits to data from automatic sources. */
export interface UserEditParams {
  /**
   * Only for automatic sources (Stripe, Chargebee, Recurly, Braintree, Google Play, App Store
   * Connect; ignored for others). `true` stores the change as a user edit that survives resyncs
   * and reimports; `false` (the default) treats it as system-generated.
   */
  handle_as_user_edit?: boolean;
}

/** Options of reading invoices, line items and transactions. */
export interface ImportedReadParams {
  /** Which records to return by their validation: `all` (default), `valid` or `invalid`. */
  validation_type?: 'all' | 'valid' | 'invalid';
  /** Include the original values imported from the billing system beside the user's edits. */
  include_edit_histories?: boolean;
  /** Include disabled records. */
  with_disabled?: boolean;
}

/** The state of a record that can be disabled (kept but left out of the metrics). */
export interface DisabledStateFields {
  /** Whether the record is disabled. */
  readonly disabled?: boolean;
  /** When it was disabled (ISO 8601), or `null`. */
  readonly disabled_at?: string | null;
  /** Who disabled it (a user's email), or `null`. */
  readonly disabled_by?: string | null;
  /** Whether the record was created by a user (in the app or through the API as a user edit). */
  readonly user_created?: boolean;
}

/** Validation errors of an imported record, by field: `{}` when it is valid. */
export type ImportErrors = Readonly<Record<string, unknown>>;
