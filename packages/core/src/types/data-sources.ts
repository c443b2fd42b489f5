
/** Switches that add details to a data source in the answer. */
export interface DataSourceDetailParams {
  /** Adds `processing_status`: how many records were processed, are pending or failed. */
  with_processing_status?: boolean;
  /** Adds `auto_churn_subscription_setting`. */
  with_auto_churn_subscription_setting?: boolean;
  /** Adds `invoice_handling_setting`. */
  with_invoice_handling_setting?: boolean;
}

export interface DataSourceCreateParams {
  /** A unique name for this source of billing data, e.g. `In-house billing`. */
  name: string;
}

export interface DataSourceListParams extends DataSourceDetailParams {
  /** Only the data source with exactly this name. */
  name?: string;
  /** Only data sources of this billing system, e.g. `Stripe`, `Custom` (case-sensitive). */
  system?: string;
}

export interface DataSourceRetrieveParams extends DataSourceDetailParams {}

/** How far ChartMogul got with the data of a source (with `with_processing_status`). */
export interface DataSourceProcessingStatus {
  processed?: number;
  pending?: number;
  failed?: number;
}

/** Whether and after how many days delinquent subscriptions are churned (with `with_auto_churn_subscription_setting`). */
export interface AutoChurnSubscriptionSetting {
  enabled: boolean;
  /** Days past due before the subscription is churned; `null` when disabled. */
  interval: number | null;
}

/** When invoices create or update subscriptions, and which ones never do. */
export interface InvoiceHandlingRules {
  /** `open` or `paid`. */
  create_subscription_when_invoice_is: string;
  /** `open` or `paid`. */
  update_subscription_when_invoice_is: string;
  prevent_subscription_for_invoice_voided: boolean;
  prevent_subscription_for_invoice_refunded: boolean;
  prevent_subscription_for_invoice_written_off: boolean;
}

/** A source of billing data: an integration (Stripe, Recurly...) or one you import into through the API. */
export interface DataSource {
  /** ChartMogul's UUID of the source, `ds_...`. */
  uuid: string;
  /** The name given at creation. */
  name: string;
  /** The billing system, `Custom` for sources created through the API. */
  system: string;
  /** When the source was created (ISO 8601). */
  created_at: string;
  /** The import status, e.g. `idle`. */
  status: string;
  processing_status?: DataSourceProcessingStatus;
  auto_churn_subscription_setting?: AutoChurnSubscriptionSetting;
  /** How the source's invoices are handled (with `with_invoice_handling_setting`), for each collection method. */
  invoice_handling_setting?: {
    manual: InvoiceHandlingRules;
    automatic: InvoiceHandlingRules;
  };
}

/** The answer of `GET /v1/data_sources`: every source at once (the endpoint does not page). */
export interface DataSourceList {
  data_sources: DataSource[];
}
