import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { RequestOptions } from './options.js';
import type { ResolvedConfig } from './resolve-config.js';

export interface CallSettings {
  readonly timeout: number;
  readonly maxRetries: number;
  readonly retryBudget: number;
}

/** The client's settings with one call's overrides applied, checked before any request. */
export function callSettings(config: ResolvedConfig, options: RequestOptions): CallSettings {
  return {
    timeout: override('timeout', options.timeout, config.timeout, 1),
    maxRetries: override('maxRetries', options.maxRetries, config.maxRetries, 0),
    retryBudget: override('retryBudget', options.retryBudget, config.retryBudget, 0),
  };
}

function override(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    const shown = typeof value === 'number' ? String(value) : `a ${value === null ? 'null' : typeof value}`;
    throw new InvalidParameterError(name, `The ${name} option must be a number of at least ${min}, not ${shown}.`);
  }
  return value;
}
