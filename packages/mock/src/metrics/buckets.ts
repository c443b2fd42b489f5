import { apiError } from '../http/errors.js';
import { DAY_MS, startOfDay } from '../time/dates.js';

export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

/** One reporting period: its first and last day (UTC midnights). Entries are dated by the last. */
export interface Bucket {
  start: number;
  end: number;
}

/** More periods than this in one request is refused rather than computed for minutes. */
const MAX_BUCKETS = 10_000;

/** The first day after the period of `interval` that contains `day` (weeks start on Monday). */
function nextPeriodStart(day: number, interval: Interval): number {
  const date = new Date(day);
  switch (interval) {
    case 'day':
      return day + DAY_MS;
    case 'week':
      return day + (7 - ((date.getUTCDay() + 6) % 7)) * DAY_MS;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case 'quarter':
      return Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3 + 3, 1);
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  }
}

/**
 * The calendar periods from `startDay` to `endDay`, the first and last cut to the range,
 * as ChartMogul reports them (monthly entries dated on the last day of each month).
 */
export function bucketsBetween(startDay: number, endDay: number, interval: Interval): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = startOfDay(startDay); start <= endDay; ) {
    const next = nextPeriodStart(start, interval);
    buckets.push({ start, end: Math.min(next - DAY_MS, startOfDay(endDay)) });
    if (buckets.length > MAX_BUCKETS) throw apiError(400, 'The date range has too many periods for this interval.', 'interval');
    start = next;
  }
  return buckets;
}
