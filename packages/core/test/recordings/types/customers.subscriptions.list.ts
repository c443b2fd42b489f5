// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.subscriptions.list;

/** ChartMogul_Metrics_Customers_Subscription/behaves_like_Pageable/should_be_pageable.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 08:31:18 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_behaves_like_Pageable_should_be_pageable_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2293710870,
      "external_id": "1",
      "subscription_set_external_id": "1",
      "quantity": 1,
      "uuid": "147cba1a-1fd9-411b-bcb7-2ed467cebe24",
      "mrr": 756,
      "arr": 9072,
      "status": "active",
      "plan": "Gold annual",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2016-02-24T00:00:00+00:00",
      "end-date": "2017-02-24T00:00:00+00:00",
      "currency": "EUR",
      "currency-sign": "€"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_connect_and_disconnect_subscriptions_.yml#0: GET /v1/customers/cus_c9352490-8d66-403c-90c5-01663aae2959/subscriptions → 200 (Thu, 25 Dec 2025 13:12:46 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_connect_and_disconnect_subscriptions__0: ResultOf<Row> = {
  "entries": [
    {
      "id": 5322874574,
      "external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "subscription_set_external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "quantity": 1,
      "uuid": "8d80f275-a494-4957-8968-6cb68acdcfab",
      "mrr": 18100,
      "arr": 217200,
      "status": "active",
      "plan": "Professional Suite Annual(cbdemo_omnisupport-solutions)",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2024-11-22T17:51:46+00:00",
      "end-date": "2026-11-23T17:51:44+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    },
    {
      "id": 5322874575,
      "external_id": "cbdemo_ZpbKpmKUbu83EsNv_cbdemo_workforce-optimizer-addon-annual",
      "subscription_set_external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "quantity": 1,
      "uuid": "77867070-2435-4da1-8bde-014f6817bd49",
      "mrr": 9048,
      "arr": 108576,
      "status": "active",
      "plan": "Workforce Optimizer Add-on Annual(cbdemo_omnisupport-solutions)",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2024-11-22T17:51:46+00:00",
      "end-date": "2026-11-23T17:51:44+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    },
    {
      "id": 5322874576,
      "external_id": "169vEGV551MI2J0",
      "subscription_set_external_id": "169vEGV551MI2J0",
      "quantity": 1,
      "uuid": "a8640a5a-0d43-41c7-803e-76fc042267b0",
      "mrr": 19432,
      "arr": 233184,
      "status": "active",
      "plan": "Professional Suite Monthly(cbdemo_omnisupport-solutions)",
      "billing-cycle": "month",
      "billing-cycle-count": 1,
      "start-date": "2025-12-11T14:09:32+00:00",
      "end-date": "2026-01-11T14:09:32+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_connect_and_disconnect_subscriptions_.yml#2: GET /v1/customers/cus_c9352490-8d66-403c-90c5-01663aae2959/subscriptions → 200 (Thu, 25 Dec 2025 13:12:49 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_connect_and_disconnect_subscriptions__2: ResultOf<Row> = {
  "entries": [
    {
      "id": 5322874576,
      "external_id": "169vEGV551MI2J0",
      "subscription_set_external_id": "169vEGV551MI2J0",
      "quantity": 1,
      "uuid": "a8640a5a-0d43-41c7-803e-76fc042267b0",
      "mrr": 19432,
      "arr": 233184,
      "status": "active",
      "plan": "Professional Suite Monthly(cbdemo_omnisupport-solutions)",
      "billing-cycle": "month",
      "billing-cycle-count": 1,
      "start-date": "2024-11-22T17:51:46+00:00",
      "end-date": "2026-01-11T14:09:32+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_connect_and_disconnect_subscriptions_.yml#4: GET /v1/customers/cus_c9352490-8d66-403c-90c5-01663aae2959/subscriptions → 200 (Thu, 25 Dec 2025 13:12:49 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_connect_and_disconnect_subscriptions__4: ResultOf<Row> = {
  "entries": [
    {
      "id": 5322874574,
      "external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "subscription_set_external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "quantity": 1,
      "uuid": "8d80f275-a494-4957-8968-6cb68acdcfab",
      "mrr": 18100,
      "arr": 217200,
      "status": "active",
      "plan": "Professional Suite Annual(cbdemo_omnisupport-solutions)",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2024-11-22T17:51:46+00:00",
      "end-date": "2026-11-23T17:51:44+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    },
    {
      "id": 5322874575,
      "external_id": "cbdemo_ZpbKpmKUbu83EsNv_cbdemo_workforce-optimizer-addon-annual",
      "subscription_set_external_id": "cbdemo_ZpbKpmKUbu83EsNv",
      "quantity": 1,
      "uuid": "77867070-2435-4da1-8bde-014f6817bd49",
      "mrr": 9048,
      "arr": 108576,
      "status": "active",
      "plan": "Workforce Optimizer Add-on Annual(cbdemo_omnisupport-solutions)",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2024-11-22T17:51:46+00:00",
      "end-date": "2026-11-23T17:51:44+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    },
    {
      "id": 5322874576,
      "external_id": "169vEGV551MI2J0",
      "subscription_set_external_id": "169vEGV551MI2J0",
      "quantity": 1,
      "uuid": "a8640a5a-0d43-41c7-803e-76fc042267b0",
      "mrr": 19432,
      "arr": 233184,
      "status": "active",
      "plan": "Professional Suite Monthly(cbdemo_omnisupport-solutions)",
      "billing-cycle": "month",
      "billing-cycle-count": 1,
      "start-date": "2025-12-11T14:09:32+00:00",
      "end-date": "2026-01-11T14:09:32+00:00",
      "currency": "PLN",
      "currency-sign": "zł"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_have_Subscription_entries.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 08:31:09 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_have_Subscription_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2293710870,
      "external_id": "1",
      "subscription_set_external_id": "1",
      "quantity": 1,
      "uuid": "147cba1a-1fd9-411b-bcb7-2ed467cebe24",
      "mrr": 756,
      "arr": 9072,
      "status": "active",
      "plan": "Gold annual",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2016-02-24T00:00:00+00:00",
      "end-date": "2017-02-24T00:00:00+00:00",
      "currency": "EUR",
      "currency-sign": "€"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_paginate_using_cursor_when_called_with_next.yml#0: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 09:13:54 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_paginate_using_cursor_when_called_with_next_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 2293710870,
      "external_id": "1",
      "subscription_set_external_id": "1",
      "quantity": 1,
      "uuid": "147cba1a-1fd9-411b-bcb7-2ed467cebe24",
      "mrr": 756,
      "arr": 9072,
      "status": "inactive",
      "plan": "Gold annual",
      "billing-cycle": "year",
      "billing-cycle-count": 1,
      "start-date": "2016-02-24T00:00:00+00:00",
      "end-date": "2017-03-10T00:00:00+00:00",
      "currency": "EUR",
      "currency-sign": "€"
    }
  ],
  "has_more": false,
  "per_page": 1,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Metrics_Customers_Subscription/should_paginate_using_cursor_when_called_with_next.yml#1: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 09:13:54 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_paginate_using_cursor_when_called_with_next_1: ResultOf<Row> = {
  "entries": [],
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mw==",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#8: GET /v1/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/subscriptions → 200 (Fri, 14 Mar 2025 12:49:08 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_8: ResultOf<Row> = {
  "entries": [
    {
      "id": 3666198153,
      "external_id": "test_cus_sub_ext_id2",
      "subscription_set_external_id": "test_cus_sub_ext_id2",
      "quantity": 1,
      "uuid": "472d0ba8-f640-4876-8bae-4c80bfda2ed9",
      "mrr": 523387,
      "arr": 6280644,
      "status": "active",
      "plan": "Test Plan2",
      "billing-cycle": "day",
      "billing-cycle-count": 7,
      "start-date": "2016-01-01T12:00:00+00:00",
      "end-date": "2016-02-01T12:00:00+00:00",
      "currency": "JPY",
      "currency-sign": "¥"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#8: GET /v1/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/subscriptions → 200 (Fri, 14 Mar 2025 12:55:50 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_8: ResultOf<Row> = {
  "entries": [
    {
      "id": 3666238507,
      "external_id": "test_cus_sub_ext_id1",
      "subscription_set_external_id": "test_cus_sub_ext_id1",
      "quantity": 1,
      "uuid": "04663340-8d6a-4450-a329-7929597e0e48",
      "mrr": 523387,
      "arr": 6280644,
      "status": "active",
      "plan": "Test Plan1",
      "billing-cycle": "day",
      "billing-cycle-count": 7,
      "start-date": "2016-01-01T12:00:00+00:00",
      "end-date": "2016-02-01T12:00:00+00:00",
      "currency": "JPY",
      "currency-sign": "¥"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#10: GET /v1/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/subscriptions → 200 (Fri, 14 Mar 2025 12:56:50 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_10: ResultOf<Row> = {
  "entries": [
    {
      "id": 3666238513,
      "external_id": "test_cus_sub_ext_id2",
      "subscription_set_external_id": "test_cus_sub_ext_id2",
      "quantity": 1,
      "uuid": "c62a7774-a6b2-4213-aab8-2fad0a8b4a97",
      "mrr": 523387,
      "arr": 6280644,
      "status": "inactive",
      "plan": "Test Plan2",
      "billing-cycle": "day",
      "billing-cycle-count": 7,
      "start-date": "2016-01-01T12:00:00+00:00",
      "end-date": "2016-01-15T12:00:00+00:00",
      "currency": "JPY",
      "currency-sign": "¥"
    },
    {
      "id": 3666238507,
      "external_id": "test_cus_sub_ext_id1",
      "subscription_set_external_id": "test_cus_sub_ext_id1",
      "quantity": 1,
      "uuid": "04663340-8d6a-4450-a329-7929597e0e48",
      "mrr": 523387,
      "arr": 6280644,
      "status": "active",
      "plan": "Test Plan1",
      "billing-cycle": "day",
      "billing-cycle-count": 7,
      "start-date": "2016-01-01T12:00:00+00:00",
      "end-date": "2016-02-01T12:00:00+00:00",
      "currency": "JPY",
      "currency-sign": "¥"
    }
  ],
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "c3Vic2NyaXB0aW9uc19uZXh0X3BhZ2U9Mg=="
};
