import { brand } from '../brand/brand.js';
import { ChartMogulError } from './chartmogul-error.js';

export interface ConnectionErrorOptions {
  cause?: unknown;
  /** The network layer's code when it gave one: `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, ... */
  code?: string;
  /**
   * `false` only when the failure certainly came before any byte of the request left (connection
   * refused, DNS failure): ChartMogul did not see it. Otherwise it may have been received and applied.
   */
  requestSent?: boolean;
  /**
   * `true` when trying again cannot help: the TLS handshake refused the server's certificate
   * (self-signed, expired, another host's). Such a failure is never retried.
   */
  permanent?: boolean;
}

/** No complete HTTP response arrived: DNS, refused or reset connection, TLS, a body cut short, an unexpected protocol upgrade. */
export class ConnectionError extends ChartMogulError {
  static {
    brand(this, 'ConnectionError');
  }
  readonly code: string | undefined;
  /** Whether ChartMogul may have received the request. When `true` after a write, check before repeating it. */
  readonly requestSent: boolean;
  /** Whether the failure cannot go away by itself (a refused certificate): then it is not retried. */
  readonly permanent: boolean;

  constructor(message: string, options: ConnectionErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.requestSent = options.requestSent ?? true;
    this.permanent = options.permanent ?? false;
  }
}

/** An attempt took longer than the `timeout` option allows. The request may have been received. */
export class TimeoutError extends ConnectionError {
  static {
    brand(this, 'TimeoutError');
  }
}

/** The caller's `AbortSignal` fired. Never retried. */
export class UserAbortError extends ChartMogulError {
  static {
    brand(this, 'UserAbortError');
  }
}
