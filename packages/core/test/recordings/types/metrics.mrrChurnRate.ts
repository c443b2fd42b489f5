// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.mrrChurnRate;

/** ChartMogul_Metrics_MRRChurnRate/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/mrr-churn-rate → 200 (Fri, 01 Jul 2016 16:56:26 GMT). */
export const result_ChartMogul_Metrics_MRRChurnRate_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-31",
      "mrr-churn-rate": 0
    },
    {
      "date": "2015-02-01",
      "mrr-churn-rate": 0
    }
  ],
  "summary": {
    "current": 0,
    "previous": 0,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_MRRChurnRate/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/mrr-churn-rate → 200 (Fri, 01 Jul 2016 16:56:25 GMT). */
export const result_ChartMogul_Metrics_MRRChurnRate_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "mrr-churn-rate": -0.17,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "mrr-churn-rate": -74.52,
      "percentage-change": -43735.29
    }
  ],
  "summary": {
    "current": -74.52,
    "previous": -0.17,
    "percentage-change": -43735.29
  }
};
