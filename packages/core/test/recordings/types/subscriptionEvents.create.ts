// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.subscriptionEvents.create;

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#3: POST /v1/subscription_events → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_3: ResultOf<Row> = {
  "id": 138979488,
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_create_1",
  "errors": {},
  "created_at": "2022-05-27T21:54:12Z",
  "updated_at": "2022-05-27T21:54:12Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#3: POST /v1/subscription_events → 201 (Fri, 27 May 2022 21:54:12 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_3: ResultOf<Row> = {
  "id": 138979488,
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_create_1",
  "errors": {},
  "created_at": "2022-05-27T21:54:12Z",
  "updated_at": "2022-05-27T21:54:12Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#3: POST /v1/subscription_events → 201 (Fri, 27 May 2022 21:54:15 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_3: ResultOf<Row> = {
  "id": 138979493,
  "data_source_uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_delete_1",
  "errors": {},
  "created_at": "2022-05-27T21:54:15Z",
  "updated_at": "2022-05-27T21:54:15Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#3: POST /v1/subscription_events → 201 (Fri, 27 Oct 2023 08:15:37 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_3: ResultOf<Row> = {
  "id": 374277746,
  "data_source_uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_create_1",
  "errors": {},
  "created_at": "2023-10-27T08:15:37Z",
  "updated_at": "2023-10-27T08:15:37Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#3: POST /v1/subscription_events → 201 (Fri, 27 May 2022 21:54:18 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_3: ResultOf<Row> = {
  "id": 138979498,
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_update_1",
  "errors": {},
  "created_at": "2022-05-27T21:54:18Z",
  "updated_at": "2022-05-27T21:54:18Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};
