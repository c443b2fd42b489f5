// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.activities.list;

/** ChartMogul_Metrics_Customers_Activity/behaves_like_Pageable/should_be_pageable.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/activities → 200 (Fri, 27 Oct 2023 08:32:48 GMT). */
export const result_ChartMogul_Metrics_Customers_Activity_behaves_like_Pageable_should_be_pageable_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2625523271,
      "description": "purchased the Gold annual plan",
      "activity-mrr-movement": 756,
      "activity-mrr": 756,
      "activity-arr": 9072,
      "date": "2016-02-24T00:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "currency-sign": "€",
      "subscription-external-id": "1"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "MjAyMy0xMC0yN1QwNzozODo0NC42MDQ2MTUwMDBaJjI2MjU1MjMyNzE="
};

/** ChartMogul_Metrics_Customers_Activity/should_have_Activity_entries.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/activities → 200 (Fri, 27 Oct 2023 08:32:48 GMT). */
export const result_ChartMogul_Metrics_Customers_Activity_should_have_Activity_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2625523271,
      "description": "purchased the Gold annual plan",
      "activity-mrr-movement": 756,
      "activity-mrr": 756,
      "activity-arr": 9072,
      "date": "2016-02-24T00:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "currency-sign": "€",
      "subscription-external-id": "1"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "MjAyMy0xMC0yN1QwNzozODo0NC42MDQ2MTUwMDBaJjI2MjU1MjMyNzE="
};

/** ChartMogul_Metrics_Customers_Activity/should_paginate_using_cursor_when_called_with_next.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/activities → 200 (Fri, 27 Oct 2023 09:09:31 GMT). */
export const result_ChartMogul_Metrics_Customers_Activity_should_paginate_using_cursor_when_called_with_next_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2625867088,
      "description": "cancelled their Gold annual plan",
      "activity-mrr-movement": -780,
      "activity-mrr": 0,
      "activity-arr": 0,
      "date": "2017-03-10T00:00:00+00:00",
      "type": "churn",
      "currency": "EUR",
      "currency-sign": "€",
      "subscription-external-id": "1"
    }
  ],
  "has_more": true,
  "per_page": 1,
  "page": 1,
  "cursor": "MjAyMy0xMC0yN1QwOTowNDo1Ni43MTc4MzIwMDBaJjI2MjU4NjcwODg="
};

/** ChartMogul_Metrics_Customers_Activity/should_paginate_using_cursor_when_called_with_next.yml#1: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/activities → 200 (Fri, 27 Oct 2023 09:09:32 GMT). */
export const result_ChartMogul_Metrics_Customers_Activity_should_paginate_using_cursor_when_called_with_next_1: ResultOf<Row> = {
  "entries": [
    {
      "id": 2625867087,
      "description": "purchased the Gold annual plan",
      "activity-mrr-movement": 756,
      "activity-mrr": 756,
      "activity-arr": 9072,
      "date": "2016-02-24T00:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "currency-sign": "€",
      "subscription-external-id": "1"
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QwOTowNDo1Ni43MTc4MzIwMDBaJjI2MjU4NjcwODc=",
  "has_more": false
};
