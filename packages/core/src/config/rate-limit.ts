import { ConfigurationError } from '../errors/configuration-error.js';
import type { SchedulerLimits } from '../scheduler/scheduler.js';
import { DEFAULT_STORE_TIMEOUT_MS, type StoreSettings } from '../scheduler/store-admission.js';
import type { RateLimitOptions } from './options.js';
import { describeValue, MAX_RATE_LIMIT, MAX_TIMER_MS } from './ranges.js';

/** ChartMogul's documented limits per account: 20 parallel connections, 40 requests per second. */
export const DEFAULT_RATE_LIMIT: SchedulerLimits = { maxConcurrency: 20, maxRequestsPerSecond: 40 };

/** The client's limits, and the store they are shared through, if any. */
export interface ResolvedRateLimit extends SchedulerLimits {
  readonly shared?: StoreSettings;
}

/** The client's limits, checked: `false` turns them off; a missing field keeps ChartMogul's default. */
export function resolveRateLimit(option: RateLimitOptions | false | undefined): ResolvedRateLimit | false {
  if (option === false) return false;
  if (option !== undefined && (option === null || typeof option !== 'object')) {
    throw new ConfigurationError('rateLimit must be an object ({ maxConcurrency, maxRequestsPerSecond }) or false.');
  }
  const limits = {
    maxConcurrency: checkLimit('maxConcurrency', option?.maxConcurrency ?? DEFAULT_RATE_LIMIT.maxConcurrency),
    maxRequestsPerSecond: checkLimit('maxRequestsPerSecond', option?.maxRequestsPerSecond ?? DEFAULT_RATE_LIMIT.maxRequestsPerSecond),
  };
  const shared = option?.store === undefined ? undefined : resolveStore(option);
  return shared ? { ...limits, shared } : limits;
}

function resolveStore(option: RateLimitOptions): StoreSettings {
  const { store, onStoreFailure = 'local' } = option;
  if (store === null || typeof store !== 'object' || typeof store.admit !== 'function' || typeof store.release !== 'function') {
    throw new ConfigurationError(
      'rateLimit.store must be a limiter store (an object with admit and release), such as createRedisLimiterStore(redis, { key }).',
    );
  }
  if (onStoreFailure !== 'local' && onStoreFailure !== 'wait') {
    throw new ConfigurationError(`rateLimit.onStoreFailure must be 'local' or 'wait', not ${describeValue(onStoreFailure)}.`);
  }
  return {
    store,
    timeoutMs: checkLimit('storeTimeout', option.storeTimeout ?? DEFAULT_STORE_TIMEOUT_MS, MAX_TIMER_MS),
    onFailure: onStoreFailure,
    leaseMs: option.leaseMs === undefined ? undefined : checkLimit('leaseMs', option.leaseMs, MAX_TIMER_MS),
  };
}

/** A whole number from 1 to `max`; a limit (no `max` given) may also be `Infinity`. */
function checkLimit(name: string, value: unknown, max?: number): number {
  if (value === Number.POSITIVE_INFINITY && !max) return value;
  if (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= (max ?? MAX_RATE_LIMIT)) return value as number;
  throw new ConfigurationError(
    `rateLimit.${name} must be a whole number from 1 to ${max ?? MAX_RATE_LIMIT}${max ? ',' : ', or Infinity,'} not ${describeValue(value)}.`,
  );
}
