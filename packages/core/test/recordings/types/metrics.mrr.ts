// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.mrr;

/** ChartMogul_Metrics_MRR/behaves_like_Summary/should_have_summary.yml#0: GET /v1/metrics/mrr → 200 (Fri, 01 Jul 2016 14:47:47 GMT). */
export const result_ChartMogul_Metrics_MRR_behaves_like_Summary_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2015-01-01",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-02",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-03",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-04",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-05",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-06",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-07",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-08",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-09",
      "mrr": 34112,
      "mrr-new-business": 34112,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-10",
      "mrr": 34112,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-11",
      "mrr": 34112,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-12",
      "mrr": 64366,
      "mrr-new-business": 30254,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-13",
      "mrr": 64366,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-14",
      "mrr": 55853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": -30254,
      "mrr-reactivation": 21741
    },
    {
      "date": "2015-01-15",
      "mrr": 55853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-16",
      "mrr": 55853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-17",
      "mrr": 55853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-18",
      "mrr": 65853,
      "mrr-new-business": 10000,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-19",
      "mrr": 65853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-20",
      "mrr": 65853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-21",
      "mrr": 65853,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-22",
      "mrr": 54982,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": -10871,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-23",
      "mrr": 53895,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": -1087,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-24",
      "mrr": 53895,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-25",
      "mrr": 53895,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-26",
      "mrr": 0,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": -64766,
      "mrr-reactivation": 10871
    },
    {
      "date": "2015-01-27",
      "mrr": 10000,
      "mrr-new-business": 10000,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-28",
      "mrr": 10000,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-29",
      "mrr": 6871,
      "mrr-new-business": 4750,
      "mrr-expansion": 12121,
      "mrr-contraction": 0,
      "mrr-churn": -20000,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-30",
      "mrr": 15620,
      "mrr-new-business": 0,
      "mrr-expansion": 8749,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-01-31",
      "mrr": 15620,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    },
    {
      "date": "2015-02-01",
      "mrr": 15620,
      "mrr-new-business": 0,
      "mrr-expansion": 0,
      "mrr-contraction": 0,
      "mrr-churn": 0,
      "mrr-reactivation": 0
    }
  ],
  "summary": {
    "current": 43371,
    "previous": 43371,
    "percentage-change": 0
  }
};

/** ChartMogul_Metrics_MRR/should_have_entries.yml#0: GET /v1/metrics/mrr → 200 (Fri, 01 Jul 2016 14:47:47 GMT). */
export const result_ChartMogul_Metrics_MRR_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "mrr": 383859969,
      "percentage-change": 0,
      "mrr-new-business": 2489791,
      "mrr-expansion": 1502311,
      "mrr-contraction": -813307,
      "mrr-churn": -96723,
      "mrr-reactivation": 54879
    },
    {
      "date": "2022-05-31",
      "mrr": 670280904,
      "percentage-change": 74.62,
      "mrr-new-business": 572899,
      "mrr-expansion": 286342340,
      "mrr-contraction": -226820,
      "mrr-churn": -64750,
      "mrr-reactivation": 5000
    }
  ],
  "summary": {
    "current": 670566870,
    "previous": 670252256,
    "percentage-change": 0.05
  }
};
