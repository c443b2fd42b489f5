// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.invoices.retrieve;

/** ChartMogul_Invoice/API_Actions/destroys_the_invoice_correctly_with_instance_method.yml#0: GET /v1/invoices/inv_c183cce8-a9f4-4992-b2d0-f42e16309866 → 200 (Mon, 30 Oct 2023 03:26:01 GMT). */
export const result_ChartMogul_Invoice_API_Actions_destroys_the_invoice_correctly_with_instance_method_0: ResultOf<Row> = {
  "uuid": "inv_c183cce8-a9f4-4992-b2d0-f42e16309866",
  "date": "2023-07-26T23:00:00.000Z",
  "due_date": "2023-07-26T23:00:00.000Z",
  "errors": {},
  "external_id": "1",
  "currency": "EUR",
  "customer_uuid": "cus_1245b3b0-2c82-11ee-aef1-93c289e29cdb",
  "line_items": [
    {
      "uuid": "li_5d8424c3-4089-4e7f-a7b3-67f38fb35de9",
      "external_id": null,
      "type": "one_time",
      "description": null,
      "amount_in_cents": 11100,
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
  "transactions": [
    {
      "uuid": "tr_49973871-fc39-4fd9-8c68-6c0721b9543e",
      "external_id": null,
      "amount_in_cents": 11100,
      "type": "payment",
      "date": "2023-07-26T23:00:00.000Z",
      "result": "successful",
      "transaction_fees_in_cents": null,
      "transaction_fees_currency": null
    },
    {
      "uuid": "tr_15dcd1f9-6d0f-4791-bd68-2829007eb74e",
      "external_id": null,
      "amount_in_cents": 11100,
      "type": "refund",
      "date": "2023-07-26T23:00:00.000Z",
      "result": "successful",
      "transaction_fees_in_cents": null,
      "transaction_fees_currency": null
    }
  ]
};

/** ChartMogul_Invoice/API_Actions/retrieves_the_invoice_correctly.yml#0: GET /v1/invoices/inv_8ab74614-4e62-49f6-b4b3-f779109e50d0 → 200 (Mon, 30 Oct 2023 03:24:01 GMT). */
export const result_ChartMogul_Invoice_API_Actions_retrieves_the_invoice_correctly_0: ResultOf<Row> = {
  "uuid": "inv_8ab74614-4e62-49f6-b4b3-f779109e50d0",
  "date": "2016-01-01T12:00:00.000Z",
  "due_date": "2016-01-07T12:00:00.000Z",
  "errors": {},
  "external_id": "test_cus_inv_ext_id_1",
  "currency": "USD",
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
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
};
