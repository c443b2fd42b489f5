// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.unmerge;

/** ChartMogul_Customer/API_Actions/unmerges_correctly_with_the_class_method.yml#0: POST /v1/customers/unmerges → 202 (Wed, 16 Oct 2024 15:33:35 GMT). */
export const params_ChartMogul_Customer_API_Actions_unmerges_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "customer_uuid": "cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f",
  "data_source_uuid": "ds_788ec6ae-dd51-11ee-bd46-a3ec952dc041",
  "external_id": "cus_O075O8NH0LrtG8",
  "move_to_new_customer": []
};

/** ChartMogul_Customer/API_Actions/unmerges_correctly_with_the_class_method.yml#0: POST /v1/customers/unmerges → 202 (Wed, 16 Oct 2024 15:33:35 GMT). */
export const result_ChartMogul_Customer_API_Actions_unmerges_correctly_with_the_class_method_0: ResultOf<Row> = {};

/** ChartMogul_Customer/API_Actions/unmerges_correctly_with_the_instance_method.yml#1: POST /v1/customers/unmerges → 202 (Wed, 16 Oct 2024 13:37:18 GMT). */
export const params_ChartMogul_Customer_API_Actions_unmerges_correctly_with_the_instance_method_1: ParamsOf<Row> = {
  "customer_uuid": "cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f",
  "data_source_uuid": "ds_788ec6ae-dd51-11ee-bd46-a3ec952dc041",
  "external_id": "cus_O075O8NH0LrtG8",
  "move_to_new_customer": []
};

/** ChartMogul_Customer/API_Actions/unmerges_correctly_with_the_instance_method.yml#1: POST /v1/customers/unmerges → 202 (Wed, 16 Oct 2024 13:37:18 GMT). */
export const result_ChartMogul_Customer_API_Actions_unmerges_correctly_with_the_instance_method_1: ResultOf<Row> = {};
