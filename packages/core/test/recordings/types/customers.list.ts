// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.list;

/** ChartMogul_Customer/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/customers → 200 (Mon, 30 Oct 2023 00:18:51 GMT). */
export const result_ChartMogul_Customer_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 114167450,
      "uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
      "external_id": "cus_002",
      "name": "John Smith",
      "email": "john@example.com",
      "status": "Active",
      "customer-since": "2016-01-01T12:00:00+00:00",
      "attributes": {
        "custom": {
          "Toggle": true
        },
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
        "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
        "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed"
      ],
      "external_ids": [
        "cus_002",
        "cus_009",
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
    }
  ],
  "current_page": 1,
  "total_pages": 19,
  "has_more": true,
  "per_page": 1,
  "page": 1,
  "cursor": "MjAxNi0wMS0wMVQxMjowMDowMC4wMDAwMDAwMDBaJjExNDE2NzQ1MA=="
};

/** ChartMogul_Customer/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/customers → 200 (Mon, 30 Oct 2023 00:18:51 GMT). */
export const result_ChartMogul_Customer_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "entries": [
    {
      "id": 114167451,
      "uuid": "cus_23c11cf0-2c7e-11ee-b2cd-fbfd681a34dd",
      "external_id": "cus_003",
      "name": "Gavin Belson",
      "email": "gavin@example.com",
      "status": "Cancelled",
      "customer-since": "2016-01-25T00:00:00+00:00",
      "attributes": {
        "custom": {},
        "clearbit": {},
        "stripe": {},
        "tags": [
          "managed",
          "auto-churned-delinquent-subscription"
        ]
      },
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "data_source_uuids": [
        "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
      ],
      "external_ids": [
        "cus_003"
      ],
      "company": "Hooli",
      "country": null,
      "state": null,
      "city": "",
      "zip": null,
      "lead_created_at": "2015-11-01T00:00:00.000Z",
      "free_trial_started_at": "2015-11-07T01:20:00.000Z",
      "address": {
        "country": null,
        "state": null,
        "city": "",
        "address_zip": null
      },
      "mrr": 0,
      "arr": 0,
      "billing-system-url": null,
      "chartmogul-url": "https://app.chartmogul.com/#/customers/114167451-Hooli",
      "billing-system-type": "Google Sheets",
      "currency": "EUR",
      "currency-sign": "€",
      "owner": null
    }
  ],
  "cursor": "MjAxNi0wMS0yNVQwMDowMDowMC4wMDAwMDAwMDBaJjExNDE2NzQ1MQ==",
  "has_more": true
};

/** ChartMogul_Customer/_find_by_external_id/returns_matching_user_if_exists.yml#0: GET /v1/customers → 200 (Sun, 29 Oct 2023 21:13:51 GMT). */
export const result_ChartMogul_Customer_find_by_external_id_returns_matching_user_if_exists_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 119414699,
      "uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "external_id": "test_cus_ext_id",
      "name": "Test Customer",
      "email": "",
      "status": "Active",
      "customer-since": "2016-01-01T12:00:00+00:00",
      "attributes": {
        "custom": {},
        "clearbit": {},
        "stripe": {},
        "tags": []
      },
      "data_source_uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "data_source_uuids": [
        "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed"
      ],
      "external_ids": [
        "test_cus_ext_id"
      ],
      "company": "",
      "country": null,
      "state": null,
      "city": "",
      "zip": null,
      "lead_created_at": null,
      "free_trial_started_at": null,
      "address": {
        "country": null,
        "state": null,
        "city": "",
        "address_zip": null
      },
      "mrr": 8008,
      "arr": 96096,
      "billing-system-url": null,
      "chartmogul-url": "https://app.chartmogul.com/#/customers/119414699-Test_Customer",
      "billing-system-type": "Import API",
      "currency": "EUR",
      "currency-sign": "€",
      "owner": null
    },
    {
      "id": 132752268,
      "uuid": "cus_e6c9e1b4-749a-11ee-8b12-bbb6dade4cfc",
      "external_id": "test_cus_ext_id",
      "name": "Test Customer",
      "email": "test@customer.com",
      "status": "New Lead",
      "customer-since": null,
      "attributes": {
        "custom": {},
        "clearbit": {},
        "stripe": {},
        "tags": []
      },
      "data_source_uuid": "ds_e685f09e-749a-11ee-8624-6baa0e7529f6",
      "data_source_uuids": [
        "ds_e685f09e-749a-11ee-8624-6baa0e7529f6"
      ],
      "external_ids": [
        "test_cus_ext_id"
      ],
      "company": "",
      "country": "DE",
      "state": null,
      "city": "Berlin",
      "zip": null,
      "lead_created_at": null,
      "free_trial_started_at": null,
      "address": {
        "country": "Germany",
        "state": null,
        "city": "Berlin",
        "address_zip": null
      },
      "mrr": 0,
      "arr": 0,
      "billing-system-url": null,
      "chartmogul-url": "https://app.chartmogul.com/#/customers/132752268-Test_Customer",
      "billing-system-type": "Import API",
      "currency": "EUR",
      "currency-sign": "€",
      "owner": null
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "JjEzMjc1MjI2OA=="
};

/** ChartMogul_Customer/_find_by_external_id/returns_nil_if_customer_does_not_exist.yml#0: GET /v1/customers → 200 (Sun, 29 Oct 2023 21:14:11 GMT). */
export const result_ChartMogul_Customer_find_by_external_id_returns_nil_if_customer_does_not_exist_0: ResultOf<Row> = {
  "entries": [],
  "current_page": 1,
  "total_pages": 1,
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": null
};
