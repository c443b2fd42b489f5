// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.ping;

/** ChartMogul_APIResource/connection/works_in_a_threaded_environment.yml#1: GET /v1/ping → 200 (Fri, 17 Jul 2020 08:25:11 GMT). */
export const result_ChartMogul_APIResource_connection_works_in_a_threaded_environment_1: ResultOf<Row> = {
  "data": "pong!"
};

/** ChartMogul_APIResource/connection/works_when_credentials_are_updated.yml#1: GET /v1/ping → 200 (Fri, 17 Jul 2020 08:25:26 GMT). */
export const result_ChartMogul_APIResource_connection_works_when_credentials_are_updated_1: ResultOf<Row> = {
  "data": "pong!"
};

/** ChartMogul_Ping/pings/when_credentials_correct.yml#0: GET /v1/ping → 200 (Mon, 13 Feb 2017 15:04:05 GMT). */
export const result_ChartMogul_Ping_pings_when_credentials_correct_0: ResultOf<Row> = {
  "data": "pong!"
};
