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
    id: 'metrics.all',
    method: 'GET',
    path: '/v1/metrics/all',
    prepare: hyphenateDates,
  }),
  mrr: defineOperation<MetricsParams, MetricsResult<MrrEntry>>()({
    id: 'metrics.mrr',
    method: 'GET',
    path: '/v1/metrics/mrr',
    prepare: hyphenateDates,
  }),
  arr: defineOperation<MetricsParams, MetricsResult<ArrEntry>>()({
    id: 'metrics.arr',
    method: 'GET',
    path: '/v1/metrics/arr',
    prepare: hyphenateDates,
  }),
  arpa: defineOperation<MetricsParams, MetricsResult<ArpaEntry>>()({
    id: 'metrics.arpa',
    method: 'GET',
    path: '/v1/metrics/arpa',
    prepare: hyphenateDates,
  }),
  asp: defineOperation<MetricsParams, MetricsResult<AspEntry>>()({
    id: 'metrics.asp',
    method: 'GET',
    path: '/v1/metrics/asp',
    prepare: hyphenateDates,
  }),
  customerCount: defineOperation<MetricsParams, MetricsResult<CustomerCountEntry>>()({
    id: 'metrics.customerCount',
    method: 'GET',
    path: '/v1/metrics/customer-count',
    prepare: hyphenateDates,
  }),
  customerChurnRate: defineOperation<MetricsParams, MetricsResult<CustomerChurnRateEntry>>()({
    id: 'metrics.customerChurnRate',
    method: 'GET',
    path: '/v1/metrics/customer-churn-rate',
    prepare: hyphenateDates,
  }),
  mrrChurnRate: defineOperation<MetricsParams, MetricsResult<MrrChurnRateEntry>>()({
    id: 'metrics.mrrChurnRate',
    method: 'GET',
    path: '/v1/metrics/mrr-churn-rate',
    prepare: hyphenateDates,
  }),
  ltv: defineOperation<LtvParams, MetricsResult<LtvEntry>>()({
    id: 'metrics.ltv',
    method: 'GET',
    path: '/v1/metrics/ltv',
    prepare: hyphenateDates,
  }),
} as const;
