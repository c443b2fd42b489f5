import type { JsonObject } from '../http/body.js';
import { apiError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { ActivitiesExportRecord } from '../store/records.js';
import { DAY_MS, isoOffset, parseTimestamp } from '../time/dates.js';
import { ACTIVITY_TYPES } from '../metrics/activities.js';

export function createActivitiesExport(account: Account, body: JsonObject): ActivitiesExportRecord {
  const type = body.type == null ? null : String(body.type);
  if (type !== null && !ACTIVITY_TYPES.includes(type)) throw apiError(422, `Unknown activity type "${type}".`, 'type');
  const dates: Record<string, string | null> = {};
  for (const key of ['start-date', 'end-date']) {
    const value = body[key] ?? body[key.replace('-', '_')];
    if (value != null && parseTimestamp(value) === undefined) throw apiError(422, `${key} is not a valid date.`, key);
    dates[key] = value == null ? null : String(value);
  }
  return account.collections.activitiesExports.insert({
    uuid: account.ids.uuid(),
    seq: account.nextSeq(),
    type,
    startDate: dates['start-date'] ?? null,
    endDate: dates['end-date'] ?? null,
    createdAt: account.now(),
    polled: false,
  });
}

export function findActivitiesExport(account: Account, id: string): ActivitiesExportRecord {
  const found = account.collections.activitiesExports.get(id);
  if (found === undefined) throw apiError(404, `Activities export not found: ${id}`, 'id');
  return found;
}

/**
 * An export is `pending` in the create answer and `succeeded` when retrieved: the mock does
 * no background work, but a client polling for completion sees both states.
 */
export function activitiesExportToWire(record: ActivitiesExportRecord, retrieving: boolean) {
  if (retrieving) record.polled = true;
  const done = record.polled;
  return {
    id: record.uuid,
    status: done ? 'succeeded' : 'pending',
    file_url: done ? `https://chartmogul-mock.invalid/exports/activities-${record.uuid}.zip` : null,
    params: {
      kind: 'activities',
      params: { activity_type: record.type, start_date: record.startDate, end_date: record.endDate },
    },
    expires_at: done ? isoOffset(record.createdAt + 7 * DAY_MS) : null,
    created_at: isoOffset(record.createdAt),
  };
}
