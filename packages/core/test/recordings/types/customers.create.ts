// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.create;

/** ChartMogul_Customer/API_Actions/creates_the_customer_correctly.yml#0: POST /v1/customers → 201 (Sun, 29 Oct 2023 21:46:40 GMT). */
export const params_ChartMogul_Customer_API_Actions_creates_the_customer_correctly_0: ParamsOf<Row> = {
  "external_id": "cus_007",
  "name": "New Customer",
  "email": "new_customer@example.com",
  "city": "Berlin",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "owner": "bruno+chartmogultest@chartmogul.com"
};

/** ChartMogul_Customer/API_Actions/creates_the_customer_correctly.yml#0: POST /v1/customers → 201 (Sun, 29 Oct 2023 21:46:40 GMT). */
export const result_ChartMogul_Customer_API_Actions_creates_the_customer_correctly_0: ResultOf<Row> = {
  "id": 133149145,
  "uuid": "cus_a4680a9c-76a4-11ee-83ab-d3b9aabc7f00",
  "external_id": "cus_007",
  "name": "New Customer",
  "email": "new_customer@example.com",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "data_source_uuids": [
    "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
  ],
  "external_ids": [
    "cus_007"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "Berlin",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "Berlin",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/133149145-New_Customer",
  "billing-system-type": "Google Sheets",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": "bruno+chartmogultest@chartmogul.com",
  "website_url": "https://chartmogul.com"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_connects_subscriptions_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
};

/** ChartMogul_Subscription/API_Interactions/connects_subscriptions.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 12:43:05 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_connects_subscriptions_1: ResultOf<Row> = {
  "id": 204816763,
  "uuid": "cus_e0157e22-00d1-11f0-affc-3fe1f8b7b6ab",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15",
  "data_source_uuids": [
    "ds_dfd98df4-00d1-11f0-8ec8-db9316a19a15"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": null,
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": null,
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/204816763-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "JPY",
  "currency-sign": "¥",
  "owner": null,
  "website_url": null
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#1: POST /v1/customers → 201 (Fri, 27 Oct 2023 08:18:43 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3"
};

/** ChartMogul_Subscription/API_Interactions/correctly_interracts_with_the_API.yml#1: POST /v1/customers → 201 (Fri, 27 Oct 2023 08:18:43 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_correctly_interracts_with_the_API_1: ResultOf<Row> = {
  "id": 132753287,
  "uuid": "cus_713e32ae-74a1-11ee-b822-fbc804fece75",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3",
  "data_source_uuids": [
    "ds_70f9d974-74a1-11ee-9f41-abc03e24d1d3"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/132753287-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 12:53:47 GMT). */
export const params_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
};

/** ChartMogul_Subscription/API_Interactions/disconnects_subscriptions.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 12:53:47 GMT). */
export const result_ChartMogul_Subscription_API_Interactions_disconnects_subscriptions_1: ResultOf<Row> = {
  "id": 204817051,
  "uuid": "cus_5ee55f28-00d3-11f0-8bf3-23a3f805fd53",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e",
  "data_source_uuids": [
    "ds_5eaf46fe-00d3-11f0-8bf2-9ff8dd5b327e"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": null,
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": null,
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/204817051-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "JPY",
  "currency-sign": "¥",
  "owner": null,
  "website_url": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:11 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
};

/** ChartMogul_SubscriptionEvent/API_interactions/create/creates_a_new_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:11 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_create_creates_a_new_subscription_event_1: ResultOf<Row> = {
  "id": 131944224,
  "uuid": "cus_8a9bfcc2-de07-11ec-bf87-330a0f8a4736",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "data_source_uuids": [
    "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/131944224-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "USD",
  "currency-sign": "$"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:11 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
};

/** ChartMogul_SubscriptionEvent/API_interactions/creates_a_new_subscription_event_through_initialization.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:11 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_creates_a_new_subscription_event_through_initialization_1: ResultOf<Row> = {
  "id": 131944224,
  "uuid": "cus_8a9bfcc2-de07-11ec-bf87-330a0f8a4736",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3",
  "data_source_uuids": [
    "ds_8a5c8aa6-de07-11ec-bf86-afa844e0d0e3"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/131944224-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "USD",
  "currency-sign": "$"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37"
};

/** ChartMogul_SubscriptionEvent/API_interactions/deletes_the_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:14 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_deletes_the_subscription_event_1: ResultOf<Row> = {
  "id": 131944242,
  "uuid": "cus_8c92c01a-de07-11ec-bf89-8f7ace0c0ebe",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_8c554802-de07-11ec-94f4-e390518bbd37",
  "data_source_uuids": [
    "ds_8c554802-de07-11ec-94f4-e390518bbd37"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/131944242-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "USD",
  "currency-sign": "$"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#1: POST /v1/customers → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a"
};

/** ChartMogul_SubscriptionEvent/API_interactions/lists_all_subscription_events.yml#1: POST /v1/customers → 201 (Fri, 27 Oct 2023 08:15:36 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_lists_all_subscription_events_1: ResultOf<Row> = {
  "id": 132753224,
  "uuid": "cus_01e8fb32-74a1-11ee-ba06-e3bfa675b624",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a",
  "data_source_uuids": [
    "ds_01b0c140-74a1-11ee-acc1-b7f01977e96a"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/132753224-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "EUR",
  "currency-sign": "€",
  "owner": null
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:17 GMT). */
export const params_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260"
};

/** ChartMogul_SubscriptionEvent/API_interactions/update/updates_the_subscription_event.yml#1: POST /v1/customers → 201 (Fri, 27 May 2022 21:54:17 GMT). */
export const result_ChartMogul_SubscriptionEvent_API_interactions_update_updates_the_subscription_event_1: ResultOf<Row> = {
  "id": 131944260,
  "uuid": "cus_8e5f5b06-de07-11ec-bf8c-e3f6cf4804ac",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "clearbit": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_8e206f5e-de07-11ec-8815-7b519b46d260",
  "data_source_uuids": [
    "ds_8e206f5e-de07-11ec-8815-7b519b46d260"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": "",
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": "",
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/131944260-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "USD",
  "currency-sign": "$"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const params_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_1: ParamsOf<Row> = {
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "data_source_uuid": "ds_a600663e-00e0-11f0-aa37-6f2aa1355b7a"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#1: POST /v1/customers → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const result_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_1: ResultOf<Row> = {
  "id": 204819818,
  "uuid": "cus_a6419014-00e0-11f0-aa38-fbbbea2b6c72",
  "external_id": "test_cus_ext_id",
  "name": "Test Customer",
  "email": "",
  "status": "New Lead",
  "customer-since": null,
  "attributes": {
    "custom": {},
    "stripe": {},
    "tags": []
  },
  "data_source_uuid": "ds_a600663e-00e0-11f0-aa37-6f2aa1355b7a",
  "data_source_uuids": [
    "ds_a600663e-00e0-11f0-aa37-6f2aa1355b7a"
  ],
  "external_ids": [
    "test_cus_ext_id"
  ],
  "company": "",
  "country": null,
  "state": null,
  "city": null,
  "zip": null,
  "lead_created_at": null,
  "free_trial_started_at": null,
  "address": {
    "country": null,
    "state": null,
    "city": null,
    "address_zip": null
  },
  "mrr": 0,
  "arr": 0,
  "billing-system-url": null,
  "chartmogul-url": "https://app.chartmogul.com/#/customers/204819818-Test_Customer",
  "billing-system-type": "Import API",
  "currency": "JPY",
  "currency-sign": "¥",
  "owner": null,
  "website_url": null
};
