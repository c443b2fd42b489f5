import type {
  AllMetricsResult,
  ArpaEntry,
  ArrEntry,
  AspEntry,
  CustomerChurnRateEntry,
  CustomerCountEntry,
  LtvEntry,
  LtvParams,
  MetricsParams,
  MetricsResult,
  MrrChurnRateEntry,
  MrrEntry,
} from '../types/metrics.js';
import { defineOperation } from './operation.js';
import { hyphenateDates } from './quirks.js';

/** The Metrics API: not paged; each answer is `entries` (one per interval) and a `summary`. */
export const metrics = {
  all: defineOperation<MetricsParams, AllMetricsResult>()({
    method: 'GET',
    path: '/v1/metrics/all',
    prepare: hyphenateDates,
  }),
  mrr: defineOperation<MetricsParams, MetricsResult<MrrEntry>>()({
    method: 'GET',
    path: '/v1/metrics/mrr',
    prepare: hyphenateDates,
  }),
  arr: defineOperation<MetricsParams, MetricsResult<ArrEntry>>()({
    method: 'GET',
    path: '/v1/metrics/arr',
    prepare: hyphenateDates,
  }),
  arpa: defineOperation<MetricsParams, MetricsResult<ArpaEntry>>()({
    method: 'GET',
    path: '/v1/metrics/arpa',
    prepare: hyphenateDates,
  }),
  asp: defineOperation<MetricsParams, MetricsResult<AspEntry>>()({
    method: 'GET',
    path: '/v1/metrics/asp',
    prepare: hyphenateDates,
  }),
  customerCount: defineOperation<MetricsParams, MetricsResult<CustomerCountEntry>>()({
    method: 'GET',
    path: '/v1/metrics/customer-count',
    prepare: hyphenateDates,
  }),
  customerChurnRate: defineOperation<MetricsParams, MetricsResult<CustomerChurnRateEntry>>()({
    method: 'GET',
    path: '/v1/metrics/customer-churn-rate',
    prepare: hyphenateDates,
  }),
  mrrChurnRate: defineOperation<MetricsParams, MetricsResult<MrrChurnRateEntry>>()({
    method: 'GET',
    path: '/v1/metrics/mrr-churn-rate',
    prepare: hyphenateDates,
  }),
  ltv: defineOperation<LtvParams, MetricsResult<LtvEntry>>()({
    method: 'GET',
    path: '/v1/metrics/ltv',
    prepare: hyphenateDates,
  }),
} as const;
