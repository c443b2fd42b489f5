// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.merge;

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_class_method.yml#0: POST /v1/customers/merges → 202 (Sun, 29 Oct 2023 23:57:02 GMT). */
export const params_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "from": {
    "customer_uuid": "cus_c10aa086-5298-11ee-82da-ebac6f7a03c3"
  },
  "into": {
    "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb"
  }
};

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_class_method.yml#0: POST /v1/customers/merges → 202 (Sun, 29 Oct 2023 23:57:02 GMT). */
export const result_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_class_method_0: ResultOf<Row> = {};

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_instance_method.yml#2: POST /v1/customers/merges → 202 (Mon, 30 Oct 2023 00:05:46 GMT). */
export const params_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_instance_method_2: ParamsOf<Row> = {
  "from": {
    "customer_uuid": "cus_2706d304-76b7-11ee-93d6-5b3d820d37cd"
  },
  "into": {
    "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb"
  }
};

/** ChartMogul_Customer/API_Actions/merges_customers_correctly_with_the_instance_method.yml#2: POST /v1/customers/merges → 202 (Mon, 30 Oct 2023 00:05:46 GMT). */
export const result_ChartMogul_Customer_API_Actions_merges_customers_correctly_with_the_instance_method_2: ResultOf<Row> = {};
