import { ConfigurationError } from '../errors/configuration-error.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/**
 * The ranges settings are checked against, at construction and per call. Each upper bound is where
 * something underneath breaks, not a matter of taste.
 */

/** The longest delay a timer takes: `setTimeout` holds a signed 32-bit count, and beyond it fires after ~1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The largest `maxResponseBytes`: 256 MiB of text stays far from V8's string limit (~512 M characters). */
export const MAX_RESPONSE_BYTES_CEILING = 256 * 1024 * 1024;

/** The largest `rateLimit` value short of `Infinity`: beyond a million a second, a limit is no limit. */
export const MAX_RATE_LIMIT = 1_000_000;


/** Each setting's range, `[min, max]`, the same for the client's value and for one call's. */
const SETTING_RANGES = {
  timeout: [1, MAX_TIMER_MS],
  maxRetries: [0, Number.MAX_SAFE_INTEGER],
  retryBudget: [0, MAX_TIMER_MS],
  maxResponseBytes: [1, MAX_RESPONSE_BYTES_CEILING],
} as const;

export type Setting = keyof typeof SETTING_RANGES;
export const SETTINGS = Object.keys(SETTING_RANGES) as Setting[];

/**
 * Checks a setting against its range (NaN and Infinity fail the comparisons): a `ConfigurationError`
 * for the client's option, an `InvalidParameterError` for one call's.
 */
export function checkSetting(name: Setting, value: unknown, perCall?: boolean): number {
  const [min, max] = SETTING_RANGES[name];
  if (typeof value === 'number' && value >= min && value <= max) return value;
  const message = `must be a number from ${min} to ${max}, not ${describeValue(value)}.`;
  throw perCall ? new InvalidParameterError(name, `The ${name} option ${message}`) : new ConfigurationError(`${name} ${message}`);
}

/** A value in a message: `5`, `null`, `a string`. */
export function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${typeof value}`;
}
