// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.dataSources.create;

/** ChartMogul_DataSource/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Tue, 02 Dec 2025 09:32:26 GMT). */
export const params_ChartMogul_DataSource_API_Interactions_correctly_interracts_with_the_API_0: ParamsOf<Row> = {
  "name": "Test Data Source"
};

/** ChartMogul_DataSource/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Tue, 02 Dec 2025 09:32:26 GMT). */
export const result_ChartMogul_DataSource_API_Interactions_correctly_interracts_with_the_API_0: ResultOf<Row> = {
  "uuid": "ds_d0b59f2a-cf61-11f0-95c7-c7391c16ed34",
  "name": "Test Data Source",
  "system": "Custom",
  "created_at": "2025-12-02T09:32:26.858Z",
  "status": "idle"
};

/** ChartMogul_DataSource/API_Interactions/retrieves_existing_data_source_matching_uuid.yml#0: POST /v1/data_sources → 201 (Tue, 03 Jan 2017 22:49:40 GMT). */
export const params_ChartMogul_DataSource_API_Interactions_retrieves_existing_data_source_matching_uuid_0: ParamsOf<Row> = {
  "name": "TestDS"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_0: ParamsOf<Row> = {
  "name": "Subscription Test Data Source f1cdb9bb5b563bf82a46"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_0: ResultOf<Row> = {
  "uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15",
  "name": "Subscription Test Data Source f1cdb9bb5b563bf82a46",
  "system": "Import API",
  "created_at": "2025-03-14T12:43:05.201Z",
  "status": "idle"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Fri, 27 Oct 2023 08:18:42 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_0: ParamsOf<Row> = {
  "name": "Subscription Test Data Source"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Fri, 27 Oct 2023 08:18:42 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_0: ResultOf<Row> = {
  "uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3",
  "name": "Subscription Test Data Source",
  "system": "Import API",
  "created_at": "2023-10-27T08:18:42.862Z",
  "status": "idle"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 12:53:47 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_0: ParamsOf<Row> = {
  "name": "Subscription Test Data Source c1930ddc1e9bf5edc6a3"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 12:53:47 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_0: ResultOf<Row> = {
  "uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e",
  "name": "Subscription Test Data Source c1930ddc1e9bf5edc6a3",
  "system": "Import API",
  "created_at": "2025-03-14T12:53:47.482Z",
  "status": "idle"
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:10 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_0: ParamsOf<Row> = {
  "name": "Subscription Events Test ds_create"
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:10 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_0: ResultOf<Row> = {
  "uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "name": "Subscription Events Test ds_create",
  "system": "Import API",
  "created_at": "2022-05-27T21:54:10.897Z",
  "status": "idle"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:10 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_0: ParamsOf<Row> = {
  "name": "Subscription Events Test ds_create"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:10 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_0: ResultOf<Row> = {
  "uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "name": "Subscription Events Test ds_create",
  "system": "Import API",
  "created_at": "2022-05-27T21:54:10.897Z",
  "status": "idle"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_0: ParamsOf<Row> = {
  "name": "Subscription Events Test ds_destroy"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_0: ResultOf<Row> = {
  "uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37",
  "name": "Subscription Events Test ds_destroy",
  "system": "Import API",
  "created_at": "2022-05-27T21:54:14.203Z",
  "status": "idle"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#0: POST /v1/data_sources → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_0: ParamsOf<Row> = {
  "name": "Subscription Events Test ds_index"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#0: POST /v1/data_sources → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_0: ResultOf<Row> = {
  "uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a",
  "name": "Subscription Events Test ds_index",
  "system": "Import API",
  "created_at": "2023-10-27T08:15:36.158Z",
  "status": "idle"
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:17 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_0: ParamsOf<Row> = {
  "name": "Subscription Events Test ds_update"
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#0: POST /v1/data_sources → 201 (Fri, 27 May 2022 21:54:17 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_0: ResultOf<Row> = {
  "uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260",
  "name": "Subscription Events Test ds_update",
  "system": "Import API",
  "created_at": "2022-05-27T21:54:17.215Z",
  "status": "idle"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 14:28:50 GMT). */
export const params_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_0: ParamsOf<Row> = {
  "name": "Invoice Payment Test Data Source 2b1e8a1a4dbcf11da414"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#0: POST /v1/data_sources → 201 (Fri, 14 Mar 2025 14:28:50 GMT). */
export const result_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_0: ResultOf<Row> = {
  "uuid": "ds_a600663e-00e0-11f0-aa37-6f2aa1355b7a",
  "name": "Invoice Payment Test Data Source 2b1e8a1a4dbcf11da414",
  "system": "Import API",
  "created_at": "2025-03-14T14:28:50.595Z",
  "status": "idle"
};
