import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/** The names a call's options may have: an object in the params slot made only of these is misplaced options. */
const OPTION_NAMES = ['signal', 'timeout', 'maxRetries', 'retryBudget', 'headers', 'hooks'];

/**
 * Checks a call's options: an object of known option names, or nothing. An unknown name is refused
 * (a typo such as `timout` would otherwise be ignored in silence). `extra` names options only
 * one method takes (`request()`'s `items`).
 */
export function checkOptions(id: string, options: unknown, noParams: boolean, extra?: string): RequestOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidParameterError('options', `The options of ${id} must be an object such as { timeout: 5000 }.`);
  }
  const names = extra ? [...OPTION_NAMES, extra] : OPTION_NAMES;
  for (const key of Object.keys(options)) {
    if (!names.includes(key)) {
      throw new InvalidParameterError(
        key,
        noParams
          ? `${id} takes no params, only options (${names.join(', ')}); got "${key}". Nothing was sent.`
          : `${id} has no option "${key}"; options are ${names.join(', ')}. Nothing was sent.`,
      );
    }
  }
  return options as RequestOptions;
}

/**
 * Refuses options given where the params go: `cm.customers.list({ timeout: 5000 })` would send
 * `?timeout=5000` and ignore the option. No operation of the API takes a param of these names.
 */
export function refuseMisplacedOptions(id: string, params: unknown, where: string): void {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return;
  const keys = Object.keys(params);
  if (keys.length > 0 && keys.every((key) => OPTION_NAMES.includes(key))) {
    throw new InvalidParameterError(
      'options',
      `${id} got the options ${keys.join(', ')} where its params go; nothing was sent. Pass options after the params: ${where}.`,
    );
  }
}
