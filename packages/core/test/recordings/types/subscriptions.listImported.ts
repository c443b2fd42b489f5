// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.subscriptions.listImported;

/** ChartMogul_Customer/API_Actions/lists_the_subscriptions_belonging_to_the_customer_correctly.yml#0: GET /v1/import/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/subscriptions → 200 (Mon, 30 Oct 2023 01:20:07 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_subscriptions_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id2",
      "uuid": "sub_dd7ef9f2-1f60-4e36-bd8d-af8b20ad8f4f",
      "cancellation_dates": [],
      "plan_uuid": "pl_ae02e740-34c6-013c-d52b-563f32a3b7a1",
      "data_source_uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed"
    },
    {
      "external_id": "test_cus_sub_ext_id1",
      "uuid": "sub_6bb176ae-99a4-481d-8f48-1abe09a7fbfc",
      "cancellation_dates": [],
      "plan_uuid": "pl_adcdb9f0-34c6-013c-82df-0230272d2d1f",
      "data_source_uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed"
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyMy0wOS0xNFQwMDo1MDo1My4zODY0OTgwMDBaJnN1Yl82YmIxNzZhZS05OWE0LTQ4MWQtOGY0OC0xYWJlMDlhN2ZiZmM=",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#5: GET /v1/import/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/subscriptions → 200 (Fri, 14 Mar 2025 12:43:07 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_5: ResultOf<Row> = {
  "customer_uuid": "cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab",
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id1",
      "uuid": "sub_da3f7e04-5430-4c02-bbae-975e3334a52b",
      "cancellation_dates": [],
      "plan_uuid": "pl_ccc68570-e2ff-013d-ba8f-12d3a1c76dc7",
      "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
    },
    {
      "external_id": "test_cus_sub_ext_id2",
      "uuid": "sub_0736b14e-369e-4980-bd6a-4ab51f24a784",
      "cancellation_dates": [],
      "plan_uuid": "pl_ccee1610-e2ff-013d-ba90-12d3a1c76dc7",
      "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyNS0wMy0xNFQxMjo0MzowNi42MzYyNzUwMDBaJnN1Yl8wNzM2YjE0ZS0zNjllLTQ5ODAtYmQ2YS00YWI1MWYyNGE3ODQ=",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#4: GET /v1/import/customers/cus_713e32ae-74a1-11ee-b822-fbc804fece75/subscriptions → 200 (Fri, 27 Oct 2023 08:18:44 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_4: ResultOf<Row> = {
  "customer_uuid": "cus_713e32ae-74a1-11ee-b822-fbc804fece75",
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id",
      "uuid": "sub_46c3f4c1-bfe5-4665-aeb7-95aa60fd2f49",
      "cancellation_dates": [],
      "subscription_set_external_id": "test_cus_set_ext_id",
      "plan_uuid": "pl_5def4ec0-56cf-013c-5e95-16a2a79ba941",
      "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3"
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyMy0xMC0yN1QwODoxODo0NC4xMTI5NjYwMDBaJnN1Yl80NmMzZjRjMS1iZmU1LTQ2NjUtYWViNy05NWFhNjBmZDJmNDk=",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#5: GET /v1/import/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/subscriptions → 200 (Fri, 14 Mar 2025 12:53:49 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_5: ResultOf<Row> = {
  "customer_uuid": "cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53",
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id2",
      "uuid": "sub_4c2d75a1-3c1f-4caf-a00d-c9fb47209126",
      "cancellation_dates": [],
      "plan_uuid": "pl_4bd83080-e301-013d-76d1-025e8eccbf78",
      "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
    },
    {
      "external_id": "test_cus_sub_ext_id1",
      "uuid": "sub_0d36514a-09b0-4eb4-8e25-7cd3bcc118cd",
      "cancellation_dates": [],
      "plan_uuid": "pl_4ba01070-e301-013d-ba91-12d3a1c76dc7",
      "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyNS0wMy0xNFQxMjo1Mzo0OS4wNDgyMTMwMDBaJnN1Yl8wZDM2NTE0YS0wOWIwLTRlYjQtOGUyNS03Y2QzYmNjMTE4Y2Q=",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/should_paginate_using_cursor_when_called_with_next.yml#0: GET /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 10:38:04 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_should_paginate_using_cursor_when_called_with_next_0: ResultOf<Row> = {
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "subscriptions": [
    {
      "external_id": "1",
      "uuid": "sub_e16a87f3-a045-45e5-9fe0-62c7b2f28f45",
      "cancellation_dates": [],
      "plan_uuid": "pl_8a3f435e-5293-11ee-bbe3-17817ce53e3c",
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
    }
  ],
  "current_page": 1,
  "total_pages": 1,
  "cursor": "MjAyMy0wOS0xNFQwMDoxNDoxMS45NDA3NjMwMDBaJnN1Yl9lMTZhODdmMy1hMDQ1LTQ1ZTUtOWZlMC02MmM3YjJmMjhmNDU=",
  "has_more": false
};

/** ChartMogul_Subscription/API_Interactions/should_paginate_using_cursor_when_called_with_next.yml#1: GET /v1/import/customers/cus_23551596-2c7e-11ee-9ea1-2bfe193640c0/subscriptions → 200 (Fri, 27 Oct 2023 10:38:04 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_should_paginate_using_cursor_when_called_with_next_1: ResultOf<Row> = {
  "customer_uuid": "cus_23551596-2c7e-11ee-9ea1-2bfe193640c0",
  "subscriptions": [],
  "cursor": null,
  "has_more": false
};
