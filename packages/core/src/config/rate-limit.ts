import { ConfigurationError } from '../errors/configuration-error.js';
import type { SchedulerLimits } from '../scheduler/scheduler.js';
import type { RateLimitOptions } from './options.js';
import { describeValue, MAX_RATE_LIMIT } from './ranges.js';

/** ChartMogul's documented limits per account: 20 parallel connections, 40 requests per second. */
export const DEFAULT_RATE_LIMIT: SchedulerLimits = { maxConcurrency: 20, maxRequestsPerSecond: 40 };

/** The client's limits, checked: `false` turns them off; a missing field keeps ChartMogul's default. */
export function resolveRateLimit(option: RateLimitOptions | false | undefined): SchedulerLimits | false {
  if (option === false) return false;
  if (option !== undefined && (option === null || typeof option !== 'object')) {
    throw new ConfigurationError('rateLimit must be an object ({ maxConcurrency, maxRequestsPerSecond }) or false.');
  }
  return {
    maxConcurrency: checkLimit('maxConcurrency', option?.maxConcurrency ?? DEFAULT_RATE_LIMIT.maxConcurrency),
    maxRequestsPerSecond: checkLimit('maxRequestsPerSecond', option?.maxRequestsPerSecond ?? DEFAULT_RATE_LIMIT.maxRequestsPerSecond),
  };
}

function checkLimit(name: string, value: unknown): number {
  if (value === Number.POSITIVE_INFINITY) return value;
  if (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_RATE_LIMIT) return value as number;
  throw new ConfigurationError(
    `rateLimit.${name} must be a whole number from 1 to ${MAX_RATE_LIMIT}, or Infinity, not ${describeValue(value)}.`,
  );
}
