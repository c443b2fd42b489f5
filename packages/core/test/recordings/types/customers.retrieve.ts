// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.retrieve;

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_instance_method.yml#0: GET /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb → 200 (Mon, 30 Oct 2023 00:05:45 GMT). */
export const result_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "id": 114167450,
  "uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
  "external_id": "cus_002",
  "name": "John Smith",
  "email": "john@example.com",
  "status": "Active",
  "customer-since": "2016-01-01T12:00:00+00:00",
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": [
      "auto-churned-delinquent-subscription",
      "merged-customer"
    ]
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
    "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed"
  ],
  "external_ids": [
    "cus_002",
    "test_cus_ext_id"
  ],
  "company": "Initrode",
  "country": "US",
  "state": "CA",
  "city": "Mountain View",
  "zip": "12345",
  "lead_created_at": "2015-11-01T00:00:00.000Z",
  "free_trial_started_at": "2015-11-07T01:20:00.000Z",
  "address": {
    "country": "United States",
    "state": "California",
    "city": "Mountain View",
    "address_zip": "12345"
  },
  "mrr": 8008,
  "arr": 96096,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/114167450-Initrode",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null
};

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_instance_method.yml#1: GET /v1/customers/cus_2706d304-76b7-11ee-93d6-5b3d820d37cd → 200 (Mon, 30 Oct 2023 00:05:45 GMT). */
export const result_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_instance_method_1: ResultOf<Row> = {
  "id": 133160998,
  "uuid": "cus_2706d304-76b7-11ee-93d6-5b3d820d37cd",
  "external_id": "cus_009",
  "name": "",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {
      "Toggle": true
    },
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_009"
  ],
  "company": "Pied Piper (staging)",
  "country": "AL",
  "state": null,
  "city": "Tirana",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": "Albania",
    "state": null,
    "city": "Tirana",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/133160998-Pied_Piper_staging",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null
};

/** ChartMogul_Customer/API_Actions/retrieves_the_customer_correctly.yml#0: GET /v1/customers/cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b → 200 (Sun, 29 Oct 2023 21:45:25 GMT). */
export const result_ChartMogul_Customer_API_Actions_retrieves_the_customer_correctly_0: ResultOf<Row> = {
  "id": 114167452,
  "uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "external_id": "cus_004",
  "name": "Richard Hendricks",
  "email": "customer@example.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": [
      "managed"
    ]
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_004"
  ],
  "company": "Pied Piper",
  "country": "US",
  "state": "CA",
  "city": "San Francisco",
  "zip": "12345",
  "lead_created_at": "2015-11-01T00:00:00.000Z",
  "free_trial_started_at": "2015-11-07T01:20:00.000Z",
  "address": {
    "country": "United States",
    "state": "California",
    "city": "San Francisco",
    "address_zip": "12345"
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/114167452-Pied_Piper",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null,
  "website_url": "https://chartmogul.com"
};

/** ChartMogul_Customer/API_Actions/unmerges_correctly_with_the_instance_method.yml#0: GET /v1/customers/cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f → 200 (Wed, 16 Oct 2024 13:37:17 GMT). */
export const result_ChartMogul_Customer_API_Actions_unmerges_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "id": 167346336,
  "uuid": "cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f",
  "external_id": "cus_O075O8NH0LrtG8",
  "name": "Kazuya Kamenashi",
  "email": "kame@kamekame.com",
  "status": "Cancelled",
  "customer-since": "2024-02-29T23:00:00+00:00",
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": [
      "merged-customer"
    ]
  },
  "data_source_uuid": "ds_007c8770-b72c-11ec-805c-3b5be9510a83",
  "data_source_uuids": [
    "ds_788ec6ae-dd51-11ee-bd46-a3ec952dc041",
    "ds_007c8770-b72c-11ec-805c-3b5be9510a83"
  ],
  "external_ids": [
    "cus_O075O8NH0LrtG8",
    "cus_O075O8NH0LrtG8"
  ],
  "company": "",
  "country": "US",
  "state": null,
  "city": null,
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": "United States",
    "state": null,
    "city": null,
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": "https://dashboard.stripe.com/test/customers/cus_O075O8NH0LrtG8",
  "chartmogul-url": "https://app.chartmogul.com/#/customers/167346336-Kazuya_Kamenashi",
  "billing-system-type": "Stripe",
  "currency": "JPY",
  "currency-sign": "¥",
  "owner": null,
  "website_url": "https://kamekame.com"
};

/** ChartMogul_Customer/API_Actions/updates_the_customer_correctly_with_the_instance_method.yml#0: GET /v1/customers/cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00 → 200 (Sun, 29 Oct 2023 22:52:46 GMT). */
export const result_ChartMogul_Customer_API_Actions_updates_the_customer_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "id": 133149145,
  "uuid": "cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00",
  "external_id": "cus_007",
  "name": "New Customer",
  "email": "new_customer@example.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {
      "Toggle": false
    },
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_007"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "Berlin",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "Berlin",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/133149145-New_Customer",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": "bruno+chartmogultest@chartmogul.com"
};

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#1: GET /v1/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0 → 200 (Mon, 30 Oct 2023 02:58:40 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_1: ResultOf<Row> = {
  "id": 114167449,
  "uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "external_id": "cus_001",
  "name": "Peter Gibbons",
  "email": "peter@example.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": [
      "auto-churned-delinquent-subscription"
    ]
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_001"
  ],
  "company": "Initech",
  "country": "US",
  "state": "CA",
  "city": "San Francisco",
  "zip": "12345",
  "lead_created_at": "2015-11-01T00:00:00.000Z",
  "free_trial_started_at": "2015-11-07T01:20:00.000Z",
  "address": {
    "country": "United States",
    "state": "California",
    "city": "San Francisco",
    "address_zip": "12345"
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/114167449-Initech",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null
};
