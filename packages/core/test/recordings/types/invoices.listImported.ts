// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.invoices.listImported;

/** ChartMogul_Customer/API_Actions/lists_the_invoices_belonging_to_the_customer_correctly.yml#0: GET /v1/import/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/invoices → 200 (Mon, 30 Oct 2023 01:19:18 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_invoices_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
  "invoices": [
    {
      "uuid": "inv_7dd39e18-835a-4f89-9a6b-684043f6c5f2",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id2",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_2e2bb219-004b-449f-8262-b4f5c4ff983c",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_dd7ef9f2-1f60-4e36-bd8d-af8b20ad8f4f",
          "subscription_external_id": "test_cus_sub_ext_id2",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_ae02e740-34c6-013c-d52b-563f32a3b7a1",
          "amount_in_cents": 1000,
          "quantity": 1,
          "discount_code": "",
          "discount_amount_in_cents": 0,
          "tax_amount_in_cents": 0,
          "transaction_fees_in_cents": 0,
          "account_code": "",
          "transaction_fees_currency": null,
          "discount_description": null,
          "event_order": null
        }
      ],
      "transactions": []
    },
    {
      "uuid": "inv_3af9f740-b62d-4ce1-8f76-0f0bc051103e",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id1",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_7e628982-0e79-40fb-814f-3a6625ea7f4a",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_6bb176ae-99a4-481d-8f48-1abe09a7fbfc",
          "subscription_external_id": "test_cus_sub_ext_id1",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_adcdb9f0-34c6-013c-82df-0230272d2d1f",
          "amount_in_cents": 1000,
          "quantity": 1,
          "discount_code": "",
          "discount_amount_in_cents": 0,
          "tax_amount_in_cents": 0,
          "transaction_fees_in_cents": 0,
          "account_code": "",
          "transaction_fees_currency": null,
          "discount_description": null,
          "event_order": null
        }
      ],
      "transactions": []
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyMy0wOS0xNFQwMDo1MDo1My4zNDkwNjMwMDBaJmludl8zYWY5Zjc0MC1iNjJkLTRjZTEtOGY3Ni0wZjBiYzA1MTEwM2U=",
  "has_more": false
};

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#3: GET /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/invoices → 200 (Mon, 30 Oct 2023 02:58:40 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_3: ResultOf<Row> = {
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "invoices": [],
  "current_page": 1,
  "total_pages": 0,
  "cursor": null,
  "has_more": false
};

/** ChartMogul_CustomerInvoices/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/invoices → 200 (Mon, 30 Oct 2023 03:00:42 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "invoices": [
    {
      "uuid": "inv_8ab74614-4e62-49f6-b4b3-f779109e50d0",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": "2016-01-07T12:00:00.000Z",
      "errors": {},
      "external_id": "test_cus_inv_ext_id_1",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_dacad109-fc67-47f9-8381-462e0fe27201",
          "external_id": "test_cus_li_ext_id",
          "type": "subscription",
          "subscription_uuid": "sub_0259d4d5-a63d-4a8c-b901-4f93f95b74b0",
          "subscription_external_id": "test_cus_sub_ext_id",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4",
          "amount_in_cents": 1000,
          "quantity": 5,
          "discount_code": "DISCCODE",
          "discount_amount_in_cents": 1200,
          "tax_amount_in_cents": 200,
          "transaction_fees_in_cents": 0,
          "account_code": "",
          "transaction_fees_currency": null,
          "discount_description": null,
          "event_order": null
        }
      ],
      "transactions": [
        {
          "uuid": "tr_13920c67-3782-4d8c-b835-03deb3dd471c",
          "external_id": "test_cus_tr_ext_id",
          "amount_in_cents": null,
          "type": "payment",
          "date": "2016-01-01T12:00:00.000Z",
          "result": "successful",
          "transaction_fees_in_cents": null,
          "transaction_fees_currency": null
        }
      ]
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyMy0xMC0zMFQwMjo1ODo0MS4yNzkyNzIwMDBaJmludl84YWI3NDYxNC00ZTYyLTQ5ZjYtYjRiMy1mNzc5MTA5ZTUwZDA=",
  "has_more": false
};

/** ChartMogul_CustomerInvoices/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/invoices → 200 (Mon, 30 Oct 2023 03:00:42 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "invoices": [],
  "cursor": null,
  "has_more": false
};
