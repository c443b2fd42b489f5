import { brand } from '../brand/brand.js';
import { ChartMogulError } from './chartmogul-error.js';

/** The client was set up wrongly (no key, a bad base URL, ...). Thrown at construction, before any request. */
export class ConfigurationError extends ChartMogulError {
  static {
    brand(this, 'ConfigurationError');
  }
}
