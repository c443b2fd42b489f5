// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.subscriptions.connect;

/** ChartMogul_Metrics_Customers_Subscription/should_connect_and_disconnect_subscriptions_.yml#1: POST /v1/customers/cus_c9352490-8d66-403c-90c5-01663aae2959/connect_subscriptions → 202 (Thu, 25 Dec 2025 13:12:48 GMT). */
export const params_ChartMogul_Metrics_Customers_Subscription_should_connect_and_disconnect_subscriptions__1: ParamsOf<Row> = {
  "subscriptions": [
    {
      "data_source_uuid": "ds_20bbb506-d69a-11f0-a876-535e2d78a156",
      "uuid": "8d80f275-a494-4957-8968-6cb68acdcfab"
    },
    {
      "data_source_uuid": "ds_20bbb506-d69a-11f0-a876-535e2d78a156",
      "uuid": "77867070-2435-4da1-8bde-014f6817bd49"
    },
    {
      "data_source_uuid": "ds_20bbb506-d69a-11f0-a876-535e2d78a156",
      "uuid": "a8640a5a-0d43-41c7-803e-76fc042267b0"
    }
  ]
};

/** ChartMogul_Metrics_Customers_Subscription/should_connect_and_disconnect_subscriptions_.yml#1: POST /v1/customers/cus_c9352490-8d66-403c-90c5-01663aae2959/connect_subscriptions → 202 (Thu, 25 Dec 2025 13:12:48 GMT). */
export const result_ChartMogul_Metrics_Customers_Subscription_should_connect_and_disconnect_subscriptions__1: ResultOf<Row> = {};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#7: POST /v1/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/connect_subscriptions → 202 (Fri, 14 Mar 2025 12:48:07 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_7: ParamsOf<Row> = {
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id1",
      "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
    },
    {
      "external_id": "test_cus_sub_ext_id2",
      "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
    }
  ]
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#7: POST /v1/customers/cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab/connect_subscriptions → 202 (Fri, 14 Mar 2025 12:48:07 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_7: ResultOf<Row> = {};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#7: POST /v1/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/connect_subscriptions → 202 (Fri, 14 Mar 2025 12:54:50 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_7: ParamsOf<Row> = {
  "subscriptions": [
    {
      "external_id": "test_cus_sub_ext_id2",
      "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
    },
    {
      "external_id": "test_cus_sub_ext_id1",
      "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
    }
  ]
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#7: POST /v1/customers/cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53/connect_subscriptions → 202 (Fri, 14 Mar 2025 12:54:50 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_7: ResultOf<Row> = {};
