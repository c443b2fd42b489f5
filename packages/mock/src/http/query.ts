import { apiError, missingParameter } from './errors.js';
import { parseTimestamp } from '../time/dates.js';

/** `true` / `false` query flags (the libraries send booleans as those words). */
export const flag = (query: URLSearchParams, name: string): boolean => query.get(name) === 'true';

export function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value.trim() === '') throw missingParameter(name);
  return value;
}

/** A date query parameter (`start-date=2022-04-01`) as epoch milliseconds; 400 when malformed. */
export function dateParam(query: URLSearchParams, name: string, required: boolean): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') {
    if (required) throw missingParameter(name);
    return undefined;
  }
  const ms = parseTimestamp(value);
  if (ms === undefined) throw apiError(400, `${name} must be a date like 2022-04-01.`, name);
  return ms;
}

/** A comma-joined list parameter (`geo=US,GB`), or undefined when absent. */
export function listParam(query: URLSearchParams, name: string): Set<string> | undefined {
  const value = query.get(name);
  if (value === null || value.trim() === '') return undefined;
  return new Set(value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
}

/** Filters a record on equality of query parameters present in the request. */
export function matchesQuery(query: URLSearchParams, pairs: ReadonlyArray<readonly [string, unknown]>): boolean {
  for (const [name, value] of pairs) {
    const wanted = query.get(name);
    if (wanted !== null && wanted !== '' && String(value ?? '') !== wanted) return false;
  }
  return true;
}
