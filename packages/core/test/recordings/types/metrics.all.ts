// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.metrics.all;

/** ChartMogul_Metrics_AllKeyMetric/should_have_entries.yml#0: GET /v1/metrics/all → 200 (Fri, 01 Jul 2016 14:47:46 GMT). */
export const result_ChartMogul_Metrics_AllKeyMetric_should_have_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "mrr": 383859969,
      "mrr-percentage-change": 0,
      "arr": 4606319628,
      "arr-percentage-change": 0,
      "customer-churn-rate": 0.56,
      "customer-churn-rate-percentage-change": 0,
      "mrr-churn-rate": -0.17,
      "mrr-churn-rate-percentage-change": 0,
      "ltv": 117173214,
      "ltv-percentage-change": 0,
      "customers": 585,
      "customers-percentage-change": 0,
      "asp": 46107,
      "asp-percentage-change": 0,
      "arpa": 656170,
      "arpa-percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "mrr": 670280904,
      "mrr-percentage-change": 74.62,
      "arr": 8043370848,
      "arr-percentage-change": 74.62,
      "customer-churn-rate": 1.71,
      "customer-churn-rate-percentage-change": 205.36,
      "mrr-churn-rate": -74.52,
      "mrr-churn-rate-percentage-change": -43735.29,
      "ltv": 65112456,
      "ltv-percentage-change": -44.43,
      "customers": 602,
      "customers-percentage-change": 2.91,
      "asp": 22035,
      "asp-percentage-change": -52.21,
      "arpa": 1113423,
      "arpa-percentage-change": 69.69
    }
  ],
  "summary": {
    "current-mrr": 670566870,
    "previous-mrr": 670252256,
    "mrr-percentage-change": 0.05,
    "current-arr": 8046802440,
    "previous-arr": 8043027072,
    "arr-percentage-change": 0.05,
    "current-customer-churn-rate": 1.71,
    "previous-customer-churn-rate": 0.56,
    "customer-churn-rate-percentage-change": 205.36,
    "current-mrr-churn-rate": -74.52,
    "previous-mrr-churn-rate": -0.17,
    "mrr-churn-rate-percentage-change": -43735.29,
    "current-ltv": 65112456,
    "previous-ltv": 117173214,
    "ltv-percentage-change": -44.43,
    "current-customers": 608,
    "previous-customers": 603,
    "customers-percentage-change": 0.83,
    "current-asp": 18160,
    "previous-asp": 23087,
    "asp-percentage-change": -21.34,
    "current-arpa": 1102906,
    "previous-arpa": 1111529,
    "arpa-percentage-change": -0.78
  }
};

/** ChartMogul_Metrics_AllKeyMetric/should_have_summary.yml#0: GET /v1/metrics/all → 200 (Fri, 01 Jul 2016 14:47:46 GMT). */
export const result_ChartMogul_Metrics_AllKeyMetric_should_have_summary_0: ResultOf<Row> = {
  "entries": [
    {
      "date": "2022-04-30",
      "mrr": 383859969,
      "mrr-percentage-change": 0,
      "arr": 4606319628,
      "arr-percentage-change": 0,
      "customer-churn-rate": 0.56,
      "customer-churn-rate-percentage-change": 0,
      "mrr-churn-rate": -0.17,
      "mrr-churn-rate-percentage-change": 0,
      "ltv": 117173214,
      "ltv-percentage-change": 0,
      "customers": 585,
      "customers-percentage-change": 0,
      "asp": 46107,
      "asp-percentage-change": 0,
      "arpa": 656170,
      "arpa-percentage-change": 0
    },
    {
      "date": "2022-05-31",
      "mrr": 670280904,
      "mrr-percentage-change": 74.62,
      "arr": 8043370848,
      "arr-percentage-change": 74.62,
      "customer-churn-rate": 1.71,
      "customer-churn-rate-percentage-change": 205.36,
      "mrr-churn-rate": -74.52,
      "mrr-churn-rate-percentage-change": -43735.29,
      "ltv": 65112456,
      "ltv-percentage-change": -44.43,
      "customers": 602,
      "customers-percentage-change": 2.91,
      "asp": 22035,
      "asp-percentage-change": -52.21,
      "arpa": 1113423,
      "arpa-percentage-change": 69.69
    }
  ],
  "summary": {
    "current-mrr": 670566870,
    "previous-mrr": 670252256,
    "mrr-percentage-change": 0.05,
    "current-arr": 8046802440,
    "previous-arr": 8043027072,
    "arr-percentage-change": 0.05,
    "current-customer-churn-rate": 1.71,
    "previous-customer-churn-rate": 0.56,
    "customer-churn-rate-percentage-change": 205.36,
    "current-mrr-churn-rate": -74.52,
    "previous-mrr-churn-rate": -0.17,
    "mrr-churn-rate-percentage-change": -43735.29,
    "current-ltv": 65112456,
    "previous-ltv": 117173214,
    "ltv-percentage-change": -44.43,
    "current-customers": 608,
    "previous-customers": 603,
    "customers-percentage-change": 0.83,
    "current-asp": 18160,
    "previous-asp": 23087,
    "asp-percentage-change": -21.34,
    "current-arpa": 1102906,
    "previous-arpa": 1111529,
    "arpa-percentage-change": -0.78
  }
};
