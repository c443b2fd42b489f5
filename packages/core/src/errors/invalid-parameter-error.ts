import { brand } from '../brand/brand.js';
import { ChartMogulError } from './chartmogul-error.js';

/** A call's argument cannot be sent as given. Thrown before any request; `parameter` names the culprit. */
export class InvalidParameterError extends ChartMogulError {
  static {
    brand(this, 'InvalidParameterError');
  }
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(message);
    this.parameter = parameter;
  }
}
