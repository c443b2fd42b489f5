// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.subscriptionEvents.list;

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#4: GET /v1/subscription_events → 200 (Fri, 27 Oct 2023 08:15:37 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_4: ResultOf<Row> = {
  "subscription_events": [
    {
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
    }
  ],
  "meta": {
    "next_key": null,
    "prev_key": null,
    "before_key": "2023-10-27T08:15:37.554Z",
    "page": 1,
    "total_pages": 1
  },
  "cursor": "MjAyMy0xMC0yN1QwODoxNTozNy4yMzE0NjMwMDBaJjM3NDI3Nzc0Ng==",
  "has_more": false
};

/** ChartMogul_SubscriptionEvent/API_interactions/should_paginate_using_cursor_when_called_with_next.yml#0: GET /v1/subscription_events → 200 (Fri, 27 Oct 2023 11:15:58 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_should_paginate_using_cursor_when_called_with_next_0: ResultOf<Row> = {
  "subscription_events": [
    {
      "id": 374279754,
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "customer_external_id": "cus_001",
      "subscription_set_external_id": null,
      "subscription_external_id": "1234",
      "plan_external_id": "plan_Gold_monthly_1_month",
      "event_date": "2023-09-30T23:00:00Z",
      "effective_date": "2023-09-30T23:00:00Z",
      "event_type": "subscription_start",
      "external_id": null,
      "errors": {},
      "created_at": "2023-10-27T10:40:29Z",
      "updated_at": "2023-10-27T10:40:29Z",
      "quantity": 1,
      "currency": "EUR",
      "amount_in_cents": 100,
      "tax_amount_in_cents": 0,
      "retracted_event_id": null
    }
  ],
  "meta": {
    "next_key": 374279754,
    "prev_key": null,
    "before_key": "2023-10-27T11:15:58.538Z",
    "page": 1,
    "total_pages": 15
  },
  "cursor": "MjAyMy0xMC0yN1QxMDo0MDoyOS4wNTE2NDMwMDBaJjM3NDI3OTc1NA==",
  "has_more": true
};

/** ChartMogul_SubscriptionEvent/API_interactions/should_paginate_using_cursor_when_called_with_next.yml#1: GET /v1/subscription_events → 200 (Fri, 27 Oct 2023 11:15:58 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_should_paginate_using_cursor_when_called_with_next_1: ResultOf<Row> = {
  "subscription_events": [
    {
      "id": 374279751,
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "customer_external_id": "cus_001",
      "subscription_set_external_id": null,
      "subscription_external_id": "123",
      "plan_external_id": "plan_Gold_annual_1_year",
      "event_date": "2023-10-26T23:00:00Z",
      "effective_date": "2023-10-26T23:00:00Z",
      "event_type": "subscription_start",
      "external_id": null,
      "errors": {},
      "created_at": "2023-10-27T10:39:30Z",
      "updated_at": "2023-10-27T10:39:30Z",
      "quantity": 1,
      "currency": "EUR",
      "amount_in_cents": 11100,
      "tax_amount_in_cents": 0,
      "retracted_event_id": null
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QxMDozOTozMC43NTgxMzQwMDBaJjM3NDI3OTc1MQ==",
  "has_more": true
};
