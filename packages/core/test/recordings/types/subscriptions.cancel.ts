// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.subscriptions.cancel;

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#6: PATCH /v1/import/subscriptions/sub_da3f7e04-5430-4c02-bbae-975e3334a52b → 202 (Fri, 14 Mar 2025 12:43:07 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_6: ParamsOf<Row> = {
  "cancelled_at": "2016-01-15 12:00:00 UTC"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#6: PATCH /v1/import/subscriptions/sub_da3f7e04-5430-4c02-bbae-975e3334a52b → 202 (Fri, 14 Mar 2025 12:43:07 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_6: ResultOf<Row> = {
  "external_id": "test_cus_sub_ext_id1",
  "uuid": "sub_da3f7e04-5430-4c02-bbae-975e3334a52b",
  "cancellation_dates": [
    "2016-01-15T12:00:00.000Z"
  ],
  "plan_uuid": "pl_ccc68570-e2ff-013d-ba8f-12d3a1c76dc7",
  "customer_uuid": "cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#5: PATCH /v1/import/subscriptions/sub_46c3f4c1-bfe5-4665-aeb7-95aa60fd2f49 → 202 (Fri, 27 Oct 2023 08:19:35 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_5: ParamsOf<Row> = {
  "cancelled_at": "2016-01-15 12:00:00 UTC"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#5: PATCH /v1/import/subscriptions/sub_46c3f4c1-bfe5-4665-aeb7-95aa60fd2f49 → 202 (Fri, 27 Oct 2023 08:19:35 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_5: ResultOf<Row> = {
  "external_id": "test_cus_sub_ext_id",
  "uuid": "sub_46c3f4c1-bfe5-4665-aeb7-95aa60fd2f49",
  "cancellation_dates": [
    "2016-01-15T12:00:00.000Z"
  ],
  "plan_uuid": "pl_5def4ec0-56cf-013c-5e95-16a2a79ba941",
  "customer_uuid": "cus_713e32ae-74a1-11ee-b822-fbc804fece75",
  "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#6: PATCH /v1/import/subscriptions/sub_4c2d75a1-3c1f-4caf-a00d-c9fb47209126 → 202 (Fri, 14 Mar 2025 12:53:49 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_6: ParamsOf<Row> = {
  "cancelled_at": "2016-01-15 12:00:00 UTC"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#6: PATCH /v1/import/subscriptions/sub_4c2d75a1-3c1f-4caf-a00d-c9fb47209126 → 202 (Fri, 14 Mar 2025 12:53:49 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_6: ResultOf<Row> = {
  "external_id": "test_cus_sub_ext_id2",
  "uuid": "sub_4c2d75a1-3c1f-4caf-a00d-c9fb47209126",
  "cancellation_dates": [
    "2016-01-15T12:00:00.000Z"
  ],
  "plan_uuid": "pl_4bd83080-e301-013d-76d1-025e8eccbf78",
  "customer_uuid": "cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_has_time_objects/is_setting_the_cancellation_dates_of_the_subscription.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 15:04:13 GMT). */
export const params_ChartMogul_Subscription_update_cancellation_dates_when_array_has_time_objects_is_setting_the_cancellation_dates_of_the_subscription_2: ParamsOf<Row> = {
  "cancellation_dates": [
    "2000-01-01 00:00:00 UTC"
  ]
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_has_time_objects/is_setting_the_cancellation_dates_of_the_subscription.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 15:04:13 GMT). */
export const result_ChartMogul_Subscription_update_cancellation_dates_when_array_has_time_objects_is_setting_the_cancellation_dates_of_the_subscription_2: ResultOf<Row> = {
  "uuid": "sub_c2c97897-f0a0-4448-a035-043d7a19b845",
  "external_id": "test_cus_sub_ext_id",
  "cancellation_dates": [
    "2000-01-01T00:00:00.000Z"
  ],
  "customer_uuid": "cus_b289bb4c-3e6f-11e9-b645-6369759fc9da",
  "plan_uuid": "pl_933aefe0-209d-0137-2188-040113b1c101",
  "data_source_uuid": "ds_99d06d30-3e6f-11e9-b645-837bf5404a47"
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_includes_valid_entries/is_setting_the_cancellation_dates_of_the_subscription.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 12:51:17 GMT). */
export const params_ChartMogul_Subscription_update_cancellation_dates_when_array_includes_valid_entries_is_setting_the_cancellation_dates_of_the_subscription_2: ParamsOf<Row> = {
  "cancellation_dates": [
    "2000-01-01 00:00:00 +0200"
  ]
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_includes_valid_entries/is_setting_the_cancellation_dates_of_the_subscription.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 12:51:17 GMT). */
export const result_ChartMogul_Subscription_update_cancellation_dates_when_array_includes_valid_entries_is_setting_the_cancellation_dates_of_the_subscription_2: ResultOf<Row> = {
  "uuid": "sub_c2c97897-f0a0-4448-a035-043d7a19b845",
  "external_id": "test_cus_sub_ext_id",
  "cancellation_dates": [
    "1999-12-31T22:00:00.000Z"
  ],
  "customer_uuid": "cus_b289bb4c-3e6f-11e9-b645-6369759fc9da",
  "plan_uuid": "pl_933aefe0-209d-0137-2188-040113b1c101",
  "data_source_uuid": "ds_99d06d30-3e6f-11e9-b645-837bf5404a47"
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_is_empty/makes_an_API_call_and_removes_the_cancellation_dates.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 12:51:18 GMT). */
export const params_ChartMogul_Subscription_update_cancellation_dates_when_array_is_empty_makes_an_API_call_and_removes_the_cancellation_dates_2: ParamsOf<Row> = {
  "cancellation_dates": []
};

/** ChartMogul_Subscription/_update_cancellation_dates/when_array_is_empty/makes_an_API_call_and_removes_the_cancellation_dates.yml#2: PATCH /v1/import/subscriptions/sub_c2c97897-f0a0-4448-a035-043d7a19b845 → 202 (Mon, 04 Mar 2019 12:51:18 GMT). */
export const result_ChartMogul_Subscription_update_cancellation_dates_when_array_is_empty_makes_an_API_call_and_removes_the_cancellation_dates_2: ResultOf<Row> = {
  "uuid": "sub_c2c97897-f0a0-4448-a035-043d7a19b845",
  "external_id": "test_cus_sub_ext_id",
  "cancellation_dates": [],
  "customer_uuid": "cus_b289bb4c-3e6f-11e9-b645-6369759fc9da",
  "plan_uuid": "pl_933aefe0-209d-0137-2188-040113b1c101",
  "data_source_uuid": "ds_99d06d30-3e6f-11e9-b645-837bf5404a47"
};
