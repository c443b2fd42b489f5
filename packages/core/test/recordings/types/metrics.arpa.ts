// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.arpa;

/** ChartMogul_Metrics_ARPA/behaves_like_Metrics_API_resource/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/arpa → 200 (Fri, 01 Jul 2016 14:47:46 GMT). */
export const result_ChartMogul_Metrics_ARPA_behaves_like_Metrics_API_resource_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-01",
      "arpa": 0
    },
    {
      "date": "2015-01-02",
      "arpa": 0
    },
    {
      "date": "2015-01-03",
      "arpa": 0
    },
    {
      "date": "2015-01-04",
      "arpa": 0
    },
    {
      "date": "2015-01-05",
      "arpa": 0
    },
    {
      "date": "2015-01-06",
      "arpa": 0
    },
    {
      "date": "2015-01-07",
      "arpa": 0
    },
    {
      "date": "2015-01-08",
      "arpa": 0
    },
    {
      "date": "2015-01-09",
      "arpa": 11371
    },
    {
      "date": "2015-01-10",
      "arpa": 11371
    },
    {
      "date": "2015-01-11",
      "arpa": 11371
    },
    {
      "date": "2015-01-12",
      "arpa": 16092
    },
    {
      "date": "2015-01-13",
      "arpa": 16092
    },
    {
      "date": "2015-01-14",
      "arpa": 13963
    },
    {
      "date": "2015-01-15",
      "arpa": 13963
    },
    {
      "date": "2015-01-16",
      "arpa": 13963
    },
    {
      "date": "2015-01-17",
      "arpa": 13963
    },
    {
      "date": "2015-01-18",
      "arpa": 13171
    },
    {
      "date": "2015-01-19",
      "arpa": 13171
    },
    {
      "date": "2015-01-20",
      "arpa": 13171
    },
    {
      "date": "2015-01-21",
      "arpa": 13171
    },
    {
      "date": "2015-01-22",
      "arpa": 10996
    },
    {
      "date": "2015-01-23",
      "arpa": 13474
    },
    {
      "date": "2015-01-24",
      "arpa": 13474
    },
    {
      "date": "2015-01-25",
      "arpa": 13474
    },
    {
      "date": "2015-01-26",
      "arpa": 0
    },
    {
      "date": "2015-01-27",
      "arpa": 10000
    },
    {
      "date": "2015-01-28",
      "arpa": 10000
    },
    {
      "date": "2015-01-29",
      "arpa": 3436
    },
    {
      "date": "2015-01-30",
      "arpa": 15620
    },
    {
      "date": "2015-01-31",
      "arpa": 15620
    },
    {
      "date": "2015-02-01",
      "arpa": 15620
    }
  ],
  "summary": {
    "current": 10843,
    "previous": 10843,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_ARPA/behaves_like_Metrics_API_resource/should_have_entries.yml#0: GET /v1/metrics/arpa → 200 (Fri, 01 Jul 2016 14:47:45 GMT). */
export const result_ChartMogul_Metrics_ARPA_behaves_like_Metrics_API_resource_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "arpa": 656170,
      "percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "arpa": 1113423,
      "percentage-change": 69.69
    }
  ],
  "summary": {
    "current": 1102906,
    "previous": 1111529,
    "percentage-change": -0.78
  }
};
