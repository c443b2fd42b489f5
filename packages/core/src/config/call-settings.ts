import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { RequestOptions } from './options.js';
import { MAX_RESPONSE_BYTES_CEILING, MAX_TIMER_MS } from './ranges.js';
import type { ResolvedConfig } from './resolve-config.js';

export interface CallSettings {
  readonly timeout: number;
  readonly maxRetries: number;
  readonly retryBudget: number;
  readonly maxResponseBytes: number;
}

/** The client's settings with one call's overrides applied, checked before any request. */
export function callSettings(config: ResolvedConfig, options: RequestOptions): CallSettings {
  return {
    timeout: override('timeout', options.timeout, config.timeout, 1, MAX_TIMER_MS),
    maxRetries: override('maxRetries', options.maxRetries, config.maxRetries, 0),
    retryBudget: override('retryBudget', options.retryBudget, config.retryBudget, 0, MAX_TIMER_MS),
    maxResponseBytes: override('maxResponseBytes', options.maxResponseBytes, config.maxResponseBytes, 1, MAX_RESPONSE_BYTES_CEILING),
  };
}

/** A bad per-call value is the call's argument, so `InvalidParameterError` (the client's own settings give `ConfigurationError`). */
function override(name: string, value: unknown, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const shown = typeof value === 'number' ? String(value) : `a ${value === null ? 'null' : typeof value}`;
    throw new InvalidParameterError(name, `The ${name} option must be a number from ${min} to ${max}, not ${shown}.`);
  }
  return value;
}
