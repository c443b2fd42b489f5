// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.ltv;

/** ChartMogul_Metrics_LTV/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/ltv → 200 (Fri, 01 Jul 2016 14:47:48 GMT). */
export const result_ChartMogul_Metrics_LTV_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-31",
      "ltv": 0
    },
    {
      "date": "2015-02-01",
      "ltv": 15620
    }
  ],
  "summary": {
    "current": 54213,
    "previous": 54213,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_LTV/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/ltv → 200 (Fri, 01 Jul 2016 14:47:48 GMT). */
export const result_ChartMogul_Metrics_LTV_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "ltv": 117173214,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "ltv": 65112456,
      "percentage-change": -44.43
    }
  ],
  "summary": {
    "current": 65112456,
    "previous": 117173214,
    "percentage-change": -44.43
  }
};
