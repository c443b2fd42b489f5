
/** Account settings that `GET /v1/account` returns only when asked for with `include`. */
export type AccountSetting =
  | 'churn_recognition'
  | 'churn_when_zero_mrr'
  | 'auto_churn_subscription'
  | 'refund_handling'
  | 'proximate_movement_reclassification';

export interface AccountRetrieveParams {
  /**
   * Extra settings to return; sent comma-joined (`include=churn_recognition,refund_handling`).
   * A ready comma-separated string is accepted too.
   */
  include?: readonly AccountSetting[] | string;
}

/** Your ChartMogul account. */
export interface Account {
  /** The account's id, e.g. `acc_93b06efd-...`. */
  id: string;
  /** The account's name, usually your company's. */
  name: string;
  /** The account currency, ISO 4217 (`USD`, `EUR`). */
  currency: string;
  /** Canonical time zone name (TZ identifier), e.g. `Europe/Berlin`. */
  time_zone: string;
  /** First day of the week for weekly metrics: `monday` or `sunday`. */
  week_start_on: 'monday' | 'sunday' | (string & {});
  /** When churn is recognised (with `include=churn_recognition`), e.g. `churn_at_period_end`. */
  churn_recognition?: string;
  /** Whether a customer whose MRR drops to zero counts as churned (with `include=churn_when_zero_mrr`). */
  churn_when_zero_mrr?: boolean;
  /** Whether delinquent subscriptions are churned automatically (with `include=auto_churn_subscription`). */
  auto_churn_subscription?: boolean;
  /** How refunds affect MRR (with `include=refund_handling`), e.g. `refund_ignore`. */
  refund_handling?: string;
  /** Time window for reclassifying close movements (with `include=proximate_movement_reclassification`). */
  proximate_movement_reclassification?: string;
}
