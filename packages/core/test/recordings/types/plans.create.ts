// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.plans.create;

/** ChartMogul_Plan/API_Actions/creates_the_plan_correctly.yml#0: POST /v1/plans → 201 (Mon, 30 Oct 2023 03:48:10 GMT). */
export const params_ChartMogul_Plan_API_Actions_creates_the_plan_correctly_0: ParamsOf<Row> = {
  "name": "Another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
};

/** ChartMogul_Plan/API_Actions/creates_the_plan_correctly.yml#0: POST /v1/plans → 201 (Mon, 30 Oct 2023 03:48:10 GMT). */
export const result_ChartMogul_Plan_API_Actions_creates_the_plan_correctly_0: ResultOf<Row> = {
  "external_id": "1184b750-5905-013c-13b1-46813c1ddd3d",
  "name": "Another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_1184b750-5905-013c-13b1-46813c1ddd3d"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#2: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#2: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_2: ResultOf<Row> = {
  "external_id": "ccc68570-e2ff-013d-ba8f-12d3a1c76dc7",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15",
  "uuid": "pl_ccc68570-e2ff-013d-ba8f-12d3a1c76dc7"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#3: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:43:06 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_3: ParamsOf<Row> = {
  "name": "Test Plan2",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#3: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:43:06 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_3: ResultOf<Row> = {
  "external_id": "ccee1610-e2ff-013d-ba90-12d3a1c76dc7",
  "name": "Test Plan2",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15",
  "uuid": "pl_ccee1610-e2ff-013d-ba90-12d3a1c76dc7"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#2: POST /v1/plans → 201 (Fri, 27 Oct 2023 08:18:43 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_2: ParamsOf<Row> = {
  "name": "Test Plan",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#2: POST /v1/plans → 201 (Fri, 27 Oct 2023 08:18:43 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_2: ResultOf<Row> = {
  "external_id": "5def4ec0-56cf-013c-5e95-16a2a79ba941",
  "name": "Test Plan",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3",
  "uuid": "pl_5def4ec0-56cf-013c-5e95-16a2a79ba941"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#2: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:53:48 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#2: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:53:48 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_2: ResultOf<Row> = {
  "external_id": "4ba01070-e301-013d-ba91-12d3a1c76dc7",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e",
  "uuid": "pl_4ba01070-e301-013d-ba91-12d3a1c76dc7"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#3: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:53:48 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_3: ParamsOf<Row> = {
  "name": "Test Plan2",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#3: POST /v1/plans → 201 (Fri, 14 Mar 2025 12:53:48 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_3: ResultOf<Row> = {
  "external_id": "4bd83080-e301-013d-76d1-025e8eccbf78",
  "name": "Test Plan2",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e",
  "uuid": "pl_4bd83080-e301-013d-76d1-025e8eccbf78"
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_2: ResultOf<Row> = {
  "external_id": "77b16a30-c035-013a-fdad-62658d22be5b",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "uuid": "pl_77b16a30-c035-013a-fdad-62658d22be5b"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_2: ResultOf<Row> = {
  "external_id": "77b16a30-c035-013a-fdad-62658d22be5b",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "uuid": "pl_77b16a30-c035-013a-fdad-62658d22be5b"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_2: ResultOf<Row> = {
  "external_id": "795139e0-c035-013a-9407-0a902fab83ca",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37",
  "uuid": "pl_795139e0-c035-013a-9407-0a902fab83ca"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#2: POST /v1/plans → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#2: POST /v1/plans → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_2: ResultOf<Row> = {
  "external_id": "ee9b8490-56ce-013c-85a3-2660b071d17e",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a",
  "uuid": "pl_ee9b8490-56ce-013c-85a3-2660b071d17e"
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:18 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_2: ParamsOf<Row> = {
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260"
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#2: POST /v1/plans → 201 (Fri, 27 May 2022 21:54:18 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_2: ResultOf<Row> = {
  "external_id": "7b1fc3a0-c035-013a-2b32-2ae6b33040d8",
  "name": "Test Plan1",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260",
  "uuid": "pl_7b1fc3a0-c035-013a-2b32-2ae6b33040d8"
};
