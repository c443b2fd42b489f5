import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { describe } from './path.js';

/**
 * Serialises query params the way ChartMogul reads them: arrays comma-joined
 * (`geo=US,GB`), booleans as `true`/`false`, `null` and `undefined` left out.
 */
export function buildQuery(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    search.append(key, queryValue(key, value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function queryValue(key: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => scalar(key, item)).join(',');
  return scalar(key, value);
}

function scalar(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  throw new InvalidParameterError(key, `Query parameter "${key}" cannot be sent as ${describe(value)}; pass a string, number or boolean.`);
}
