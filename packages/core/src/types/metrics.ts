
// The Metrics API spells its dates `start-date` / `end-date`. Either that or the snake_case
// spelling is accepted (never both for one date), and the hyphenated one is sent.

/** The first day of the period (`YYYY-MM-DD`), under either spelling. */
export type StartDateParam =
  | {
      /** The first day of the period (`YYYY-MM-DD`); sent as `start-date`. */
      start_date: string;
      /** Not with `start_date`. */
      'start-date'?: never;
    }
  | {
      /** The first day of the period (`YYYY-MM-DD`). */
      'start-date': string;
      /** Not with `start-date`. */
      start_date?: never;
    };

/** The last day of the period (`YYYY-MM-DD`), under either spelling. */
export type EndDateParam =
  | {
      /** The last day of the period (`YYYY-MM-DD`); sent as `end-date`. */
      end_date: string;
      /** Not with `end_date`. */
      'end-date'?: never;
    }
  | {
      /** The last day of the period (`YYYY-MM-DD`). */
      'end-date': string;
      /** Not with `end-date`. */
      end_date?: never;
    };

/** A required period: both dates, each under either spelling. */
export type DateRangeParams = StartDateParam & EndDateParam;

/** An optional period: each date optional, under either spelling (never both). */
export type OptionalDateRangeParams = Partial<StartDateParam> & Partial<EndDateParam>;

/** The granularity of a metric's entries. */
export type MetricsInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Filters that narrow every metric. */
export interface MetricsSegmentParams {
  /** Only customers of these countries: ISO 3166 alpha-2 codes; an array is sent comma-joined (`US,GB`). */
  geo?: string | string[];
  /** Only subscriptions of these plans (uuids, external ids or names); an array is sent comma-joined. */
  plans?: string | string[];
  /** A ChartMogul Filter Language expression, e.g. `mrr~GT~1000~AND~currency~ANY~'USD'`. */
  filters?: string;
}

/** Params of every metric but LTV: the period, filters and the entries' interval. */
export type MetricsParams = DateRangeParams &
  MetricsSegmentParams & {
    /** One entry per `day`, `week`, `month` (default), `quarter` or `year`. */
    interval?: MetricsInterval;
  };

/** Params of `metrics.ltv`: the period and filters (LTV has no interval). */
export type LtvParams = DateRangeParams & MetricsSegmentParams;

/** How the last entry compares with the first. */
export interface MetricsSummary {
  /** The metric's value at the end of the period. */
  readonly current: number;
  /** Its value at the start of the period. */
  readonly previous: number;
  /** The change from `previous` to `current`, in percent. */
  readonly 'percentage-change': number;
}

/** A metric's answer: one entry per interval, and the summary. */
export interface MetricsResult<Entry> {
  /** One entry per interval of the period. */
  readonly entries: readonly Entry[];
  /** The period's change. */
  readonly summary: MetricsSummary;
}

/** The fields every entry has. */
export interface MetricsEntry {
  /** The last day of the interval (`YYYY-MM-DD`). */
  readonly date: string;
  /** The change from the previous entry, in percent. */
  readonly 'percentage-change'?: number;
}

/** The metrics `metrics.all` reports, by their keys in its answer. */
export type AllMetricsKey = 'mrr' | 'arr' | 'customer-churn-rate' | 'mrr-churn-rate' | 'ltv' | 'customers' | 'asp' | 'arpa';

/**
 * An entry of `metrics.all`: every key metric of one interval (money in cents, rates in percent),
 * each with its change from the previous entry: `mrr`, `mrr-percentage-change`, `arr`, ...
 */
export type AllMetricsEntry = {
  /** The last day of the interval (`YYYY-MM-DD`). */
  readonly date: string;
} & { readonly [Key in AllMetricsKey]: number } & { readonly [Key in AllMetricsKey as `${Key}-percentage-change`]: number };

/**
 * `metrics.all`'s summary: for every metric, its value at the end of the period (`current-mrr`),
 * at the start (`previous-mrr`) and the change in percent (`mrr-percentage-change`).
 */
export type AllMetricsSummary = {
  readonly [Key in AllMetricsKey as `current-${Key}` | `previous-${Key}` | `${Key}-percentage-change`]: number;
};

/** `metrics.all`'s answer (the summary may be absent). */
export interface AllMetricsResult {
  /** One entry per interval. */
  readonly entries: readonly AllMetricsEntry[];
  /** The period's change of every metric, when given. */
  readonly summary?: AllMetricsSummary;
}

/** An entry of `metrics.mrr`: MRR and its movements, in cents. */
export interface MrrEntry extends MetricsEntry {
  /** Monthly recurring revenue. */
  readonly mrr: number;
  /** From new customers. */
  readonly 'mrr-new-business': number;
  /** From upgrades. */
  readonly 'mrr-expansion': number;
  /** From downgrades (negative). */
  readonly 'mrr-contraction': number;
  /** From cancellations (negative). */
  readonly 'mrr-churn': number;
  /** From returning customers. */
  readonly 'mrr-reactivation': number;
}

/** An entry of `metrics.arr`. */
export interface ArrEntry extends MetricsEntry {
  /** Annualized run rate, in cents. */
  readonly arr: number;
}

/** An entry of `metrics.arpa`. */
export interface ArpaEntry extends MetricsEntry {
  /** Average revenue per account, in cents. */
  readonly arpa: number;
}

/** An entry of `metrics.asp`. */
export interface AspEntry extends MetricsEntry {
  /** Average sale price, in cents. */
  readonly asp: number;
}

/** An entry of `metrics.customerCount`. */
export interface CustomerCountEntry extends MetricsEntry {
  /** Active customers. */
  readonly customers: number;
}

/** An entry of `metrics.customerChurnRate`. */
export interface CustomerChurnRateEntry extends MetricsEntry {
  /** Customer churn rate, in percent. */
  readonly 'customer-churn-rate': number;
}

/** An entry of `metrics.mrrChurnRate`. */
export interface MrrChurnRateEntry extends MetricsEntry {
  /** Net MRR churn rate, in percent. */
  readonly 'mrr-churn-rate': number;
}

/** An entry of `metrics.ltv`. */
export interface LtvEntry extends MetricsEntry {
  /** Customer lifetime value, in cents. */
  readonly ltv: number;
}
