// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.search;

/** ChartMogul_Customer/API_Actions/searches_for_customers_correctly.yml#0: GET /v1/customers/search → 200 (Mon, 30 Oct 2023 00:22:30 GMT). */
export const result_ChartMogul_Customer_API_Actions_searches_for_customers_correctly_0: ResultOf<Row> = {
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
  "current_page": 1,
  "total_pages": null,
  "has_more": false,
  "per_page": 200,
  "page": 1,
  "cursor": "MjAxNi0wMS0yNVQwMDowMDowMC4wMDAwMDAwMDBaJjExNDE2NzQ1MQ=="
};

/** ChartMogul_Customer/API_Actions/with_pagination/paginates_the_/search_endpoint_correctly.yml#0: GET /v1/customers/search → 200 (Mon, 30 Oct 2023 00:26:54 GMT). */
export const result_ChartMogul_Customer_API_Actions_with_pagination_paginates_the_search_endpoint_correctly_0: ResultOf<Row> = {
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
  "current_page": 1,
  "total_pages": null,
  "has_more": false,
  "per_page": 1,
  "page": 1,
  "cursor": "MjAxNi0wMS0yNVQwMDowMDowMC4wMDAwMDAwMDBaJjExNDE2NzQ1MQ=="
};
