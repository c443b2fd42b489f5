// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.activities.list;

/** ChartMogul_Metrics_Activity/behaves_like_PageableWithAnchor/should_be_pageable.yml#0: GET /v1/activities → 200 (Fri, 27 Oct 2023 08:58:22 GMT). */
export const result_ChartMogul_Metrics_Activity_behaves_like_PageableWithAnchor_should_be_pageable_0: ResultOf<Row> = {
  "entries": [
    {
      "description": "purchased the Test Plan1 plan",
      "activity-mrr-movement": 4004,
      "activity-mrr": 4004,
      "activity-arr": 48048,
      "date": "2016-01-01T12:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "test_cus_sub_ext_id1",
      "subscription-set-external-id": "test_cus_sub_set_id1",
      "plan-external-id": "adcdb9f0-34c6-013c-82df-0230272d2d1f",
      "customer-name": "Test Customer",
      "customer-uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "customer-external-id": "test_cus_ext_id",
      "billing-connector-uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "uuid": "561814e1-d7d3-42f3-8936-4689ec0fbb74"
    },
    {
      "description": "purchased the Test Plan2 plan",
      "activity-mrr-movement": 4004,
      "activity-mrr": 8009,
      "activity-arr": 96108,
      "date": "2016-01-01T12:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "test_cus_sub_ext_id2",
      "subscription-set-external-id": "test_cus_sub_set_id2",
      "plan-external-id": "ae02e740-34c6-013c-d52b-563f32a3b7a1",
      "customer-name": "Test Customer",
      "customer-uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "customer-external-id": "test_cus_ext_id",
      "billing-connector-uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "uuid": "ff76d95f-0536-4b2e-85cf-cc49a42c8757"
    }
  ],
  "has_more": true,
  "per_page": 2,
  "cursor": "d868a892-37c7-45e3-ae84-e693181d2344"
};

/** ChartMogul_Metrics_Activity/should_have_Activity_entries.yml#0: GET /v1/activities → 200 (Fri, 27 Oct 2023 08:58:22 GMT). */
export const result_ChartMogul_Metrics_Activity_should_have_Activity_entries_0: ResultOf<Row> = {
  "entries": [
    {
      "description": "purchased the Test Plan1 plan",
      "activity-mrr-movement": 4004,
      "activity-mrr": 4004,
      "activity-arr": 48048,
      "date": "2016-01-01T12:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "test_cus_sub_ext_id1",
      "subscription-set-external-id": "test_cus_sub_set_id1",
      "plan-external-id": "adcdb9f0-34c6-013c-82df-0230272d2d1f",
      "customer-name": "Test Customer",
      "customer-uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "customer-external-id": "test_cus_ext_id",
      "billing-connector-uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "uuid": "561814e1-d7d3-42f3-8936-4689ec0fbb74"
    },
    {
      "description": "purchased the Test Plan2 plan",
      "activity-mrr-movement": 4004,
      "activity-mrr": 8009,
      "activity-arr": 96108,
      "date": "2016-01-01T12:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "test_cus_sub_ext_id2",
      "subscription-set-external-id": "test_cus_sub_set_id1",
      "plan-external-id": "ae02e740-34c6-013c-d52b-563f32a3b7a1",
      "customer-name": "Test Customer",
      "customer-uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "customer-external-id": "test_cus_ext_id",
      "billing-connector-uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "uuid": "ff76d95f-0536-4b2e-85cf-cc49a42c8757"
    }
  ],
  "has_more": true,
  "per_page": 2,
  "cursor": "d868a892-37c7-45e3-ae84-e693181d2344"
};

/** ChartMogul_Metrics_Activity/should_paginate_using_cursor_when_called_with_next.yml#0: GET /v1/activities → 200 (Fri, 27 Oct 2023 09:15:10 GMT). */
export const result_ChartMogul_Metrics_Activity_should_paginate_using_cursor_when_called_with_next_0: ResultOf<Row> = {
  "entries": [
    {
      "description": "purchased the Test Plan1 plan",
      "activity-mrr-movement": 4004,
      "activity-mrr": 4004,
      "activity-arr": 48048,
      "date": "2016-01-01T12:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "test_cus_sub_ext_id1",
      "subscription-set-external-id": "test_cus_sub_set_id1",
      "plan-external-id": "adcdb9f0-34c6-013c-82df-0230272d2d1f",
      "customer-name": "Test Customer",
      "customer-uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3",
      "customer-external-id": "test_cus_ext_id",
      "billing-connector-uuid": "ds_c0d412aa-5298-11ee-bb1f-332cea9687ed",
      "uuid": "561814e1-d7d3-42f3-8936-4689ec0fbb74"
    }
  ],
  "has_more": true,
  "per_page": 1,
  "cursor": "ff76d95f-0536-4b2e-85cf-cc49a42c8757"
};

/** ChartMogul_Metrics_Activity/should_paginate_using_cursor_when_called_with_next.yml#1: GET /v1/activities → 200 (Fri, 27 Oct 2023 09:15:11 GMT). */
export const result_ChartMogul_Metrics_Activity_should_paginate_using_cursor_when_called_with_next_1: ResultOf<Row> = {
  "entries": [
    {
      "description": "purchased the Gold annual plan",
      "activity-mrr-movement": 768,
      "activity-mrr": 768,
      "activity-arr": 9216,
      "date": "2016-01-25T00:00:00+00:00",
      "type": "new_biz",
      "currency": "EUR",
      "subscription-external-id": "1",
      "subscription-set-external-id": "1",
      "plan-external-id": "plan_Gold_annual_1_year",
      "customer-name": "Hooli",
      "customer-uuid": "cus_23c11cf0-2c7e-11ee-b2cd-fbfd681a34dd",
      "customer-external-id": "cus_003",
      "billing-connector-uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "uuid": "d868a892-37c7-45e3-ae84-e693181d2344"
    }
  ],
  "has_more": true,
  "cursor": "cdc5cf2f-2ee7-4cdf-b19d-e5550f8f30c8"
};
