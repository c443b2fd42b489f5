// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.account.retrieve;

/** ChartMogul_Account/returns_details_of_current_account.yml#0: GET /v1/account → 200 (Wed, 03 Mar 2021 14:09:59 GMT). */
export const result_ChartMogul_Account_returns_details_of_current_account_0: ResultOf<Row> = {
  "name": "Example Test Company",
  "currency": "EUR",
  "time_zone": "Europe/Berlin",
  "week_start_on": "sunday"
};
