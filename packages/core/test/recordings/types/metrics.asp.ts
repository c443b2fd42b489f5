// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.asp;

/** ChartMogul_Metrics_ASP/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/asp → 200 (Fri, 01 Jul 2016 14:47:44 GMT). */
export const result_ChartMogul_Metrics_ASP_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-31",
      "asp": 12731
    },
    {
      "date": "2015-02-01",
      "asp": 0
    }
  ],
  "summary": {
    "current": 0,
    "previous": 0,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_ASP/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/asp → 200 (Fri, 01 Jul 2016 14:47:44 GMT). */
export const result_ChartMogul_Metrics_ASP_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "asp": 46107,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "asp": 22035,
      "percentage-change": -52.21
    }
  ],
  "summary": {
    "current": 18160,
    "previous": 23087,
    "percentage-change": -21.34
  }
};
