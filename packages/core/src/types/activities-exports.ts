import type { ActivityType } from './activities.js';
import type { OptionalDateRangeParams } from './metrics.js';

/** Where an export stands: poll `activitiesExports.retrieve` until it is `succeeded`. */
export type ActivitiesExportStatus = 'pending' | 'succeeded' | 'failed';

/** An export of activities to a downloadable file, made in the background. */
export interface ActivitiesExport {
  /** The export's id: keep it to poll. */
  readonly id: string;
  /** Where the export stands (open to states added later). */
  readonly status: ActivitiesExportStatus | (string & {});
  /** Where to download the file once `succeeded`, else `null`. */
  readonly file_url: string | null;
  /** What was asked: `{ kind: 'activities', params: { activity_type, start_date, end_date } }`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** When `file_url` stops working (ISO 8601), or `null`. */
  readonly expires_at: string | null;
  /** When the export was asked for (ISO 8601). */
  readonly created_at: string;
}

/**
 * `activitiesExports.create`: POST /v1/activities_export. The dates may be spelled
 * `start_date` / `end_date` or the wire's `start-date` / `end-date` (sent hyphenated).
 */
export type ActivitiesExportCreateParams = OptionalDateRangeParams & {
  /** Only activities of this kind. */
  type?: ActivityType;
};
