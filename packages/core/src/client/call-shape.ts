import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';

/** The names a call's options may have: an object in the params slot made only of these is misplaced options. */
const OPTION_NAMES = ['signal', 'timeout', 'maxRetries', 'retryBudget', 'maxResponseBytes', 'headers', 'hooks'];

/**
 * Checks a call's options: an object of known option names, or nothing. An unknown name is refused
 * (a typo such as `timout` would otherwise be ignored in silence). `extra` names an option only
 * one method takes (`request()`'s `items`).
 */
export function checkOptions(id: string, options: unknown, noParams: boolean, names = OPTION_NAMES): RequestOptions {
  if (options === undefined) return {};
  if (!options || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidParameterError('options', `The options of ${id} must be an object such as { timeout: 5000 }.`);
  }
  for (const key of Object.keys(options)) {
    if (!names.includes(key)) {
      const list = names.join(', ');
      throw new InvalidParameterError(
        key,
        `${id} ${noParams ? `takes no params, only the options ${list}; got "${key}"` : `has no option "${key}"; its options are ${list}`}.`,
      );
    }
  }
  return options as RequestOptions;
}

/** The options `request()` takes: a call's, and `items`. */
export const ROUTE_OPTION_NAMES = [...OPTION_NAMES, 'items'];
/** The options `withOptions()` takes: a call's but `signal`, and the logger. */
export const DERIVED_OPTION_NAMES = [...OPTION_NAMES.slice(1), 'logger', 'logLevel'];

/**
 * Refuses options given where the params go: `cm.customers.list({ timeout: 5000 })` would send
 * `?timeout=5000` and ignore the option. No operation of the API takes a param of these names.
 */
export function refuseMisplacedOptions(id: string, params: unknown): void {
  const keys = params && typeof params === 'object' ? Object.keys(params) : [];
  const options = keys.filter((key) => OPTION_NAMES.includes(key));
  // `signal` and `hooks` are never API params: among others, they are options in the wrong place too.
  if ((keys.length && options.length === keys.length) || options.some((key) => key === 'signal' || key === 'hooks')) {
    throw new InvalidParameterError('options', `${id} got options (${options.join(', ')}) where its params go; pass them after the params (${id}({}, { ${options[0]} })).`);
  }
}
