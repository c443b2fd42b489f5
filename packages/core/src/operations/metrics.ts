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
    summary: 'Retrieves every key metric for a period.',
    prepare: hyphenateDates,
  }),
  mrr: defineOperation<MetricsParams, MetricsResult<MrrEntry>>()({
    id: 'metrics.mrr',
    method: 'GET',
    path: '/v1/metrics/mrr',
    summary: 'Retrieves monthly recurring revenue and its movements for a period.',
    prepare: hyphenateDates,
  }),
  arr: defineOperation<MetricsParams, MetricsResult<ArrEntry>>()({
    id: 'metrics.arr',
    method: 'GET',
    path: '/v1/metrics/arr',
    summary: 'Retrieves the annualized run rate for a period.',
    prepare: hyphenateDates,
  }),
  arpa: defineOperation<MetricsParams, MetricsResult<ArpaEntry>>()({
    id: 'metrics.arpa',
    method: 'GET',
    path: '/v1/metrics/arpa',
    summary: 'Retrieves the average revenue per account for a period.',
    prepare: hyphenateDates,
  }),
  asp: defineOperation<MetricsParams, MetricsResult<AspEntry>>()({
    id: 'metrics.asp',
    method: 'GET',
    path: '/v1/metrics/asp',
    summary: 'Retrieves the average sale price for a period.',
    prepare: hyphenateDates,
  }),
  customerCount: defineOperation<MetricsParams, MetricsResult<CustomerCountEntry>>()({
    id: 'metrics.customerCount',
    method: 'GET',
    path: '/v1/metrics/customer-count',
    summary: 'Retrieves the number of active customers for a period.',
    prepare: hyphenateDates,
  }),
  customerChurnRate: defineOperation<MetricsParams, MetricsResult<CustomerChurnRateEntry>>()({
    id: 'metrics.customerChurnRate',
    method: 'GET',
    path: '/v1/metrics/customer-churn-rate',
    summary: 'Retrieves the customer churn rate for a period.',
    prepare: hyphenateDates,
  }),
  mrrChurnRate: defineOperation<MetricsParams, MetricsResult<MrrChurnRateEntry>>()({
    id: 'metrics.mrrChurnRate',
    method: 'GET',
    path: '/v1/metrics/mrr-churn-rate',
    summary: 'Retrieves the net MRR churn rate for a period.',
    prepare: hyphenateDates,
  }),
  ltv: defineOperation<LtvParams, MetricsResult<LtvEntry>>()({
    id: 'metrics.ltv',
    method: 'GET',
    path: '/v1/metrics/ltv',
    summary: 'Retrieves the customer lifetime value for a period.',
    prepare: hyphenateDates,
  }),
} as const;
