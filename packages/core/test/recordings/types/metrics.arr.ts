// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.arr;

/** ChartMogul_Metrics_ARR/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/arr → 200 (Fri, 01 Jul 2016 14:47:45 GMT). */
export const result_ChartMogul_Metrics_ARR_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-01",
      "arr": 0
    },
    {
      "date": "2015-01-02",
      "arr": 0
    },
    {
      "date": "2015-01-03",
      "arr": 0
    },
    {
      "date": "2015-01-04",
      "arr": 0
    },
    {
      "date": "2015-01-05",
      "arr": 0
    },
    {
      "date": "2015-01-06",
      "arr": 0
    },
    {
      "date": "2015-01-07",
      "arr": 0
    },
    {
      "date": "2015-01-08",
      "arr": 0
    },
    {
      "date": "2015-01-09",
      "arr": 409344
    },
    {
      "date": "2015-01-10",
      "arr": 409344
    },
    {
      "date": "2015-01-11",
      "arr": 409344
    },
    {
      "date": "2015-01-12",
      "arr": 772392
    },
    {
      "date": "2015-01-13",
      "arr": 772392
    },
    {
      "date": "2015-01-14",
      "arr": 670236
    },
    {
      "date": "2015-01-15",
      "arr": 670236
    },
    {
      "date": "2015-01-16",
      "arr": 670236
    },
    {
      "date": "2015-01-17",
      "arr": 670236
    },
    {
      "date": "2015-01-18",
      "arr": 790236
    },
    {
      "date": "2015-01-19",
      "arr": 790236
    },
    {
      "date": "2015-01-20",
      "arr": 790236
    },
    {
      "date": "2015-01-21",
      "arr": 790236
    },
    {
      "date": "2015-01-22",
      "arr": 659784
    },
    {
      "date": "2015-01-23",
      "arr": 646740
    },
    {
      "date": "2015-01-24",
      "arr": 646740
    },
    {
      "date": "2015-01-25",
      "arr": 646740
    },
    {
      "date": "2015-01-26",
      "arr": 0
    },
    {
      "date": "2015-01-27",
      "arr": 120000
    },
    {
      "date": "2015-01-28",
      "arr": 120000
    },
    {
      "date": "2015-01-29",
      "arr": 82452
    },
    {
      "date": "2015-01-30",
      "arr": 187440
    },
    {
      "date": "2015-01-31",
      "arr": 187440
    },
    {
      "date": "2015-02-01",
      "arr": 187440
    }
  ],
  "summary": {
    "current": 520452,
    "previous": 520452,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_ARR/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/arr → 200 (Fri, 01 Jul 2016 14:47:45 GMT). */
export const result_ChartMogul_Metrics_ARR_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "arr": 4606319628,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "arr": 8043370848,
      "percentage-change": 74.62
    }
  ],
  "summary": {
    "current": 8046802440,
    "previous": 8043027072,
    "percentage-change": 0.05
  }
};
