// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.customerChurnRate;

/** ChartMogul_Metrics_CustomerChurnRate/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/customer-churn-rate → 200 (Fri, 01 Jul 2016 14:47:50 GMT). */
export const result_ChartMogul_Metrics_CustomerChurnRate_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-31",
      "customer-churn-rate": 0
    },
    {
      "date": "2015-02-01",
      "customer-churn-rate": 0
    }
  ],
  "summary": {
    "current": 0,
    "previous": 0,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_CustomerChurnRate/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/customer-churn-rate → 200 (Fri, 01 Jul 2016 14:47:49 GMT). */
export const result_ChartMogul_Metrics_CustomerChurnRate_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "customer-churn-rate": 0.56,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "customer-churn-rate": 1.71,
      "percentage-change": 205.36
    }
  ],
  "summary": {
    "current": 1.71,
    "previous": 0.56,
    "percentage-change": 205.36
  }
};
