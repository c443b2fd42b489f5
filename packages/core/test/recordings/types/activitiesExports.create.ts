// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.activitiesExports.create;

/** ChartMogul_Metrics_ActivitiesExport/post_activities_export.yml#0: POST /v1/activities_export → 200 (Fri, 09 Jul 2021 14:37:32 GMT). */
export const params_ChartMogul_Metrics_ActivitiesExport_post_activities_export_0: ParamsOf<Row> = {
  "start-date": "2020-01-01T00:00:00Z",
  "end-date": "2020-12-31T00:00:00Z",
  "type": "new_biz"
};

/** ChartMogul_Metrics_ActivitiesExport/post_activities_export.yml#0: POST /v1/activities_export → 200 (Fri, 09 Jul 2021 14:37:32 GMT). */
export const result_ChartMogul_Metrics_ActivitiesExport_post_activities_export_0: ResultOf<Row> = {
  "id": "17042239-3674-4a61-b838-b6b307f28506",
  "status": "pending",
  "file_url": null,
  "params": {
    "kind": "activities",
    "params": {
      "activity_type": "new_biz",
      "start_date": "2020-01-01 00:00:00 +0000",
      "end_date": "2020-12-31 00:00:00 +0000"
    }
  },
  "expires_at": null,
  "created_at": "2021-07-09T14:37:32+00:00"
};
