/** Dates on the wire, as ChartMogul accepts and writes them. Everything is UTC. */

export const DAY_MS = 86_400_000;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses the timestamps the API accepts: ISO 8601 (`2022-11-10T00:00:00Z`), the docs'
 * `2022-11-10 00:00:00` (UTC), a bare date, and Ruby's `2020-01-01 00:00:00 +0000`.
 * Returns epoch milliseconds, or `undefined` when the text is not a date.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0').slice(0, 3)));
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(d)) return undefined;
  if (zone !== undefined && !/^(Z|UTC)$/i.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/** `2019-09-03T01:22:39.000Z`, as invoices, line items and transactions are written. */
export const isoMillis = (ms: number): string => new Date(ms).toISOString();

/** `2022-02-16T00:00:00Z`, as subscription events are written. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `2017-05-01T00:00:00+00:00`, as the Metrics API writes dates. */
export const isoOffset = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** `2022-04-30`, as metrics entries are dated. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isoOrNull = (ms: number | null, format: (ms: number) => string = isoMillis): string | null =>
  ms === null ? null : format(ms);

/** The UTC midnight that starts the day of `ms`. */
export const startOfDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}
