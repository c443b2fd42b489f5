import { ChartMogulError } from './chartmogul-error.js';

/** No HTTP response arrived: DNS, refused or reset connection, TLS, a body cut short. */
export class ConnectionError extends ChartMogulError {
  override name = 'ConnectionError';
}

/** An attempt took longer than the `timeout` option allows. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

/** The caller's `AbortSignal` fired. Never retried. */
export class UserAbortError extends ChartMogulError {
  override name = 'UserAbortError';
}
