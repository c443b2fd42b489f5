
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
  /** How many records were processed. */
  processed?: number;
  /** How many records wait to be processed. */
  pending?: number;
  /** How many records failed in processing. */
  failed?: number;
}

/** Whether and after how many days delinquent subscriptions are churned (with `with_auto_churn_subscription_setting`). */
export interface AutoChurnSubscriptionSetting {
  /** Whether ChartMogul churns subscriptions that stay delinquent. */
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
  /** Whether a voided invoice never makes a subscription. */
  prevent_subscription_for_invoice_voided: boolean;
  /** Whether a refunded invoice never makes a subscription. */
  prevent_subscription_for_invoice_refunded: boolean;
  /** Whether a written-off invoice never makes a subscription. */
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
  /** How far the source's data is processed (with `with_processing_status`). */
  processing_status?: DataSourceProcessingStatus;
  /** Whether delinquent subscriptions are churned automatically (with `with_auto_churn_subscription_setting`). */
  auto_churn_subscription_setting?: AutoChurnSubscriptionSetting;
  /** How the source's invoices are handled (with `with_invoice_handling_setting`), for each collection method. */
  invoice_handling_setting?: {
    /** For invoices collected manually (sent to the customer to pay). */
    manual: InvoiceHandlingRules;
    /** For invoices collected automatically (charged to a stored payment method). */
    automatic: InvoiceHandlingRules;
  };
}

/** The answer of `GET /v1/data_sources`: every source at once (the endpoint does not page). */
export interface DataSourceList {
  /** Every data source of the account (or those the filters match). */
  data_sources: DataSource[];
}
