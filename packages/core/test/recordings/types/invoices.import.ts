// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.invoices.import;

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#4: POST /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/invoices → 201 (Mon, 30 Oct 2023 02:58:41 GMT). */
export const params_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_4: ParamsOf<Row> = {
  "invoices": [
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "cancelled_at": "2016-01-15 12:00:00 UTC",
          "prorated": false,
          "quantity": 5,
          "discount_amount_in_cents": 1200,
          "discount_code": "DISCCODE",
          "tax_amount_in_cents": 200,
          "external_id": "test_cus_li_ext_id",
          "plan_uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4"
        }
      ],
      "transactions": [
        {
          "type": "payment",
          "date": "2016-01-01 12:00:00 UTC",
          "result": "successful",
          "external_id": "test_cus_tr_ext_id"
        }
      ],
      "external_id": "test_cus_inv_ext_id_1",
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "customer_external_id": "cus_001",
      "due_date": "2016-01-07 12:00:00 UTC"
    }
  ],
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0"
};

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#4: POST /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/invoices → 201 (Mon, 30 Oct 2023 02:58:41 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_4: ResultOf<Row> = {
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
  ]
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#4: POST /v1/import/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/invoices → 201 (Fri, 14 Mar 2025 12:43:06 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_4: ParamsOf<Row> = {
  "invoices": [
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id1",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "plan_uuid": "pl_ccc68570-e2ff-013d-ba8f-12d3a1c76dc7"
        }
      ],
      "external_id": "test_tr_inv_ext_id1"
    },
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id2",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "plan_uuid": "pl_ccee1610-e2ff-013d-ba90-12d3a1c76dc7"
        }
      ],
      "external_id": "test_tr_inv_ext_id2"
    }
  ],
  "customer_uuid": "cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#4: POST /v1/import/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/invoices → 201 (Fri, 14 Mar 2025 12:43:06 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_4: ResultOf<Row> = {
  "invoices": [
    {
      "uuid": "inv_7f52a987-2af0-44d6-aa15-662a73c16046",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id1",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_ea21686c-fadc-4987-8dd6-225002a100ca",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_da3f7e04-5430-4c02-bbae-975e3334a52b",
          "subscription_external_id": "test_cus_sub_ext_id1",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_ccc68570-e2ff-013d-ba8f-12d3a1c76dc7",
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
      "uuid": "inv_9bfaaf88-9731-4068-b347-0ff7ffab5cf6",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id2",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_f40326e3-e432-4c93-9b55-31024f8dd017",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_0736b14e-369e-4980-bd6a-4ab51f24a784",
          "subscription_external_id": "test_cus_sub_ext_id2",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_ccee1610-e2ff-013d-ba90-12d3a1c76dc7",
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
  ]
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#3: POST /v1/import/customers/cus_713e32ae-74a1-11ee-b822-fbc804fece75/invoices → 201 (Fri, 27 Oct 2023 08:18:44 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_3: ParamsOf<Row> = {
  "invoices": [
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "subscription_set_external_id": "test_cus_set_ext_id",
          "plan_uuid": "pl_5def4ec0-56cf-013c-5e95-16a2a79ba941"
        }
      ],
      "external_id": "test_tr_inv_ext_id"
    }
  ],
  "customer_uuid": "cus_713e32ae-74a1-11ee-b822-fbc804fece75"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#3: POST /v1/import/customers/cus_713e32ae-74a1-11ee-b822-fbc804fece75/invoices → 201 (Fri, 27 Oct 2023 08:18:44 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_3: ResultOf<Row> = {
  "invoices": [
    {
      "uuid": "inv_9d5e3249-89bc-4123-8943-36d0b62de824",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_7e44ac53-95a9-4104-9aef-3aa644bb3ab8",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_46c3f4c1-bfe5-4665-aeb7-95aa60fd2f49",
          "subscription_external_id": "test_cus_sub_ext_id",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "subscription_set_external_id": "test_cus_set_ext_id",
          "plan_uuid": "pl_5def4ec0-56cf-013c-5e95-16a2a79ba941",
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
  ]
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#4: POST /v1/import/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/invoices → 201 (Fri, 14 Mar 2025 12:53:49 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_4: ParamsOf<Row> = {
  "invoices": [
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id1",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "plan_uuid": "pl_4ba01070-e301-013d-ba91-12d3a1c76dc7"
        }
      ],
      "external_id": "test_tr_inv_ext_id1"
    },
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "subscription",
          "subscription_external_id": "test_cus_sub_ext_id2",
          "service_period_start": "2016-01-01 12:00:00 UTC",
          "service_period_end": "2016-02-01 12:00:00 UTC",
          "amount_in_cents": 1000,
          "plan_uuid": "pl_4bd83080-e301-013d-76d1-025e8eccbf78"
        }
      ],
      "external_id": "test_tr_inv_ext_id2"
    }
  ],
  "customer_uuid": "cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#4: POST /v1/import/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/invoices → 201 (Fri, 14 Mar 2025 12:53:49 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_4: ResultOf<Row> = {
  "invoices": [
    {
      "uuid": "inv_83f1067f-9be7-450f-bf8c-6d00404123e3",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id1",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_2e155cd5-4b95-4b3a-b44f-85056e76b27c",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_0d36514a-09b0-4eb4-8e25-7cd3bcc118cd",
          "subscription_external_id": "test_cus_sub_ext_id1",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_4ba01070-e301-013d-ba91-12d3a1c76dc7",
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
      "uuid": "inv_e145473a-ca3e-4e3a-b5bd-2737bfd90037",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id2",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_9595205d-9c16-4622-81bd-c51368c8188c",
          "external_id": null,
          "type": "subscription",
          "subscription_uuid": "sub_4c2d75a1-3c1f-4caf-a00d-c9fb47209126",
          "subscription_external_id": "test_cus_sub_ext_id2",
          "prorated": false,
          "proration_type": null,
          "service_period_start": "2016-01-01T12:00:00.000Z",
          "service_period_end": "2016-02-01T12:00:00.000Z",
          "plan_uuid": "pl_4bd83080-e301-013d-76d1-025e8eccbf78",
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
  ]
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#2: POST /v1/import/customers/cus_a6419014-00e0-11f0-aa38-fbbbea2b6c72/invoices → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const params_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_2: ParamsOf<Row> = {
  "invoices": [
    {
      "date": "2016-01-01 12:00:00 UTC",
      "currency": "USD",
      "line_items": [
        {
          "type": "one_time",
          "amount_in_cents": 1000
        }
      ],
      "external_id": "test_tr_inv_ext_id"
    }
  ],
  "customer_uuid": "cus_a6419014-00e0-11f0-aa38-fbbbea2b6c72"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#2: POST /v1/import/customers/cus_a6419014-00e0-11f0-aa38-fbbbea2b6c72/invoices → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const result_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_2: ResultOf<Row> = {
  "invoices": [
    {
      "uuid": "inv_d6921981-c0a7-46f6-a2d5-46367f2f97a1",
      "date": "2016-01-01T12:00:00.000Z",
      "due_date": null,
      "errors": {},
      "external_id": "test_tr_inv_ext_id",
      "currency": "USD",
      "line_items": [
        {
          "uuid": "li_dddabd51-df61-4604-8a80-3c482b81b8d8",
          "external_id": null,
          "type": "one_time",
          "description": null,
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
  ]
};
