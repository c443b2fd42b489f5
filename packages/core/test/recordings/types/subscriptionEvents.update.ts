// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.subscriptionEvents.update;

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#4: PATCH /v1/subscription_events → 200 (Fri, 27 May 2022 21:54:18 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_4: ParamsOf<Row> = {
  "subscription_event": {
    "external_id": "test_ev_id_update_2",
    "id": 138979498
  }
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#4: PATCH /v1/subscription_events → 200 (Fri, 27 May 2022 21:54:18 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_4: ResultOf<Row> = {
  "id": 138979498,
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260",
  "customer_external_id": "test_cus_ext_id",
  "subscription_set_external_id": "",
  "subscription_external_id": "test_cus_sub_ext_id1",
  "plan_external_id": "",
  "event_date": "2022-05-18T09:48:34Z",
  "effective_date": "2021-12-30T00:01:00Z",
  "event_type": "subscription_cancelled",
  "external_id": "test_ev_id_update_2",
  "errors": {},
  "created_at": "2022-05-27T21:54:18Z",
  "updated_at": "2022-05-27T21:54:18Z",
  "quantity": "",
  "currency": "",
  "amount_in_cents": "",
  "tax_amount_in_cents": null,
  "retracted_event_id": null
};
