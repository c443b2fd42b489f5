// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.update;

/** ChartMogul_Customer/API_Actions/updates_customer_correctly_with_the_class_method.yml#0: PATCH /v1/customers/cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00 → 200 (Sun, 29 Oct 2023 23:40:02 GMT). */
export const params_ChartMogul_Customer_API_Actions_updates_customer_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "attributes": {
    "custom": {
      "Toggle": false
    }
  },
  "name": "Test Customer",
  "email": "customer_test@example.com",
  "company": "Curry 42"
};

/** ChartMogul_Customer/API_Actions/updates_customer_correctly_with_the_class_method.yml#0: PATCH /v1/customers/cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00 → 200 (Sun, 29 Oct 2023 23:40:02 GMT). */
export const result_ChartMogul_Customer_API_Actions_updates_customer_correctly_with_the_class_method_0: ResultOf<Row> = {
  "id": 133149145,
  "uuid": "cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00",
  "external_id": "cus_007",
  "name": "Test Customer",
  "email": "customer_test@example.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {
      "Toggle": true
    },
    "clearbit": {},
    "stripe": {},
    "tags": [
      "wurst"
    ]
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_007"
  ],
  "company": "Curry 42",
  "country": "DE",
  "state": null,
  "city": "Berlin",
  "zip": null,
  "lead_created_at": "2016-01-01T14:30:00.000Z",
  "free_trial_started_at": "2016-02-02T22:40:00.000Z",
  "address": {
    "country": "Germany",
    "state": null,
    "city": "Berlin",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/133149145-Curry_42",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": "bruno+chartmogultest@chartmogul.com",
  "website_url": "https://example.co"
};

/** ChartMogul_Customer/API_Actions/updates_the_customer_correctly_with_the_instance_method.yml#1: PATCH /v1/customers/cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00 → 200 (Sun, 29 Oct 2023 22:52:46 GMT). */
export const params_ChartMogul_Customer_API_Actions_updates_the_customer_correctly_with_the_instance_method_1: ParamsOf<Row> = {
  "attributes": {
    "tags": [
      "wurst"
    ],
    "custom": {
      "Toggle": true
    }
  },
  "external_id": "cus_007",
  "name": "Currywurst",
  "email": "curry@wurst.com",
  "company": "Curry 36",
  "country": "DE",
  "state": "NY",
  "city": "Berlin",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "lead_created_at": "2016-01-01 14:30:00 UTC",
  "free_trial_started_at": "2016-02-02 22:40:00 UTC",
  "owner": "owner@chartmogul.com"
};

/** ChartMogul_Customer/API_Actions/updates_the_customer_correctly_with_the_instance_method.yml#1: PATCH /v1/customers/cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00 → 200 (Sun, 29 Oct 2023 22:52:46 GMT). */
export const result_ChartMogul_Customer_API_Actions_updates_the_customer_correctly_with_the_instance_method_1: ResultOf<Row> = {
  "id": 133149145,
  "uuid": "cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00",
  "external_id": "cus_007",
  "name": "Currywurst",
  "email": "curry@wurst.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {
      "Toggle": true
    },
    "clearbit": {},
    "stripe": {},
    "tags": [
      "wurst"
    ]
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_007"
  ],
  "company": "Curry 36",
  "country": "DE",
  "state": null,
  "city": "Berlin",
  "zip": null,
  "lead_created_at": "2016-01-01T14:30:00.000Z",
  "free_trial_started_at": "2016-02-02T22:40:00.000Z",
  "address": {
    "country": "Germany",
    "state": null,
    "city": "Berlin",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/133149145-Curry_36",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": "bruno+chartmogultest@chartmogul.com"
};
