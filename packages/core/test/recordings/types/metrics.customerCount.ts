// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.customerCount;

/** ChartMogul_Metrics_CustomerCount/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/customer-count → 200 (Fri, 01 Jul 2016 14:47:51 GMT). */
export const result_ChartMogul_Metrics_CustomerCount_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-01",
      "customers": 0
    },
    {
      "date": "2015-01-02",
      "customers": 0
    },
    {
      "date": "2015-01-03",
      "customers": 0
    },
    {
      "date": "2015-01-04",
      "customers": 0
    },
    {
      "date": "2015-01-05",
      "customers": 0
    },
    {
      "date": "2015-01-06",
      "customers": 0
    },
    {
      "date": "2015-01-07",
      "customers": 0
    },
    {
      "date": "2015-01-08",
      "customers": 0
    },
    {
      "date": "2015-01-09",
      "customers": 3
    },
    {
      "date": "2015-01-10",
      "customers": 3
    },
    {
      "date": "2015-01-11",
      "customers": 3
    },
    {
      "date": "2015-01-12",
      "customers": 4
    },
    {
      "date": "2015-01-13",
      "customers": 4
    },
    {
      "date": "2015-01-14",
      "customers": 4
    },
    {
      "date": "2015-01-15",
      "customers": 4
    },
    {
      "date": "2015-01-16",
      "customers": 4
    },
    {
      "date": "2015-01-17",
      "customers": 4
    },
    {
      "date": "2015-01-18",
      "customers": 5
    },
    {
      "date": "2015-01-19",
      "customers": 5
    },
    {
      "date": "2015-01-20",
      "customers": 5
    },
    {
      "date": "2015-01-21",
      "customers": 5
    },
    {
      "date": "2015-01-22",
      "customers": 4
    },
    {
      "date": "2015-01-23",
      "customers": 4
    },
    {
      "date": "2015-01-24",
      "customers": 4
    },
    {
      "date": "2015-01-25",
      "customers": 4
    },
    {
      "date": "2015-01-26",
      "customers": 0
    },
    {
      "date": "2015-01-27",
      "customers": 1
    },
    {
      "date": "2015-01-28",
      "customers": 1
    },
    {
      "date": "2015-01-29",
      "customers": 1
    },
    {
      "date": "2015-01-30",
      "customers": 1
    },
    {
      "date": "2015-01-31",
      "customers": 1
    },
    {
      "date": "2015-02-01",
      "customers": 1
    }
  ],
  "summary": {
    "current": 4,
    "previous": 4,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_CustomerCount/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/customer-count → 200 (Fri, 01 Jul 2016 14:47:50 GMT). */
export const result_ChartMogul_Metrics_CustomerCount_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "customers": 585,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "customers": 602,
      "percentage-change": 2.91
    }
  ],
  "summary": {
    "current": 608,
    "previous": 603,
    "percentage-change": 0.83
  }
};
