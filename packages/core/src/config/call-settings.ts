import type { RequestOptions } from './options.js';
import { checkSetting, SETTINGS } from './ranges.js';
import type { ResolvedConfig } from './resolve-config.js';

export interface CallSettings {
  readonly timeout: number;
  readonly maxRetries: number;
  readonly retryBudget: number;
  /** The largest answer body accepted, in bytes. */
  readonly maxResponseBytes: number;
}

/** The client's settings with one call's overrides applied, checked before any request. */
export function callSettings(config: ResolvedConfig, options: RequestOptions): CallSettings {
  return Object.fromEntries(
    SETTINGS.map((name) => [name, options[name] === undefined ? config[name] : checkSetting(name, options[name], true)]),
  ) as unknown as CallSettings;
}
