// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.activitiesExports.retrieve;

/** ChartMogul_Metrics_ActivitiesExport/get_activities_export.yml#0: GET /v1/activities_export/44037b8f-4a89-4fc6-8114-2288c71a9518 → 200 (Fri, 09 Jul 2021 14:06:07 GMT). */
export const result_ChartMogul_Metrics_ActivitiesExport_get_activities_export_0: ResultOf<Row> = {
  "id": "44037b8f-4a89-4fc6-8114-2288c71a9518",
  "status": "succeeded",
  "file_url": "https://chartmogul-customer-export.s3.eu-west-1.amazonaws.com/activities-acme-corp-062ea48c-5d74-46dd-bd60-23206cdc241a.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=123%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20210709T135547Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=abc",
  "params": {
    "kind": "activities",
    "params": {
      "end_date": "2020-12-31 00:00:00 +0000",
      "start_date": "2020-01-01 00:00:00 +0000",
      "activity_type": "new_biz"
    }
  },
  "expires_at": "2021-07-16T13:55:47+00:00",
  "created_at": "2021-07-09T13:55:44+00:00"
};

/** ChartMogul_Metrics_ActivitiesExport/post_activities_export.yml#1: GET /v1/activities_export/17042239-3674-4a61-b838-b6b307f28506 → 200 (Fri, 09 Jul 2021 14:38:10 GMT). */
export const result_ChartMogul_Metrics_ActivitiesExport_post_activities_export_1: ResultOf<Row> = {
  "id": "17042239-3674-4a61-b838-b6b307f28506",
  "status": "succeeded",
  "file_url": "https://chartmogul-customer-export.s3.eu-west-1.amazonaws.com/activities-acme-corp-062ea48c-5d74-46dd-bd60-23206cdc241a.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=123%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20210709T135547Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=abc",
  "params": {
    "kind": "activities",
    "params": {
      "end_date": "2020-12-31 00:00:00 +0000",
      "start_date": "2020-01-01 00:00:00 +0000",
      "activity_type": "new_biz"
    }
  },
  "expires_at": "2021-07-16T14:37:43+00:00",
  "created_at": "2021-07-09T14:37:32+00:00"
};
