import type { ConnectionErrorOptions } from '../errors/connection-error.js';
import type { BuiltRequest } from '../request/build-request.js';

export interface TransportRequest extends BuiltRequest {
  readonly signal: AbortSignal;
  /**
   * The most bytes of body to accept (decoded), counted as they arrive; past it the transport
   * aborts and rejects with `ResponseTooLargeError`. `undefined`: DEFAULT_MAX_RESPONSE_BYTES.
   */
  readonly maxResponseBytes?: number;
}

export interface TransportResponse {
  readonly status: number;
  /** May be a getter: the pipeline reads it only for an error, so a transport can make it lazily. */
  readonly headers: Headers;
  /** The whole body as text; parsing is core's job, so a bad body becomes a typed error. */
  readonly body: string;
}

/**
 * Sends one request, once. Rejects only when no response arrived, it was too large, or the signal fired;
 * an HTTP error status is a response like any other. Retries are core's policy, not the transport's.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The same facts a `ConnectionError` carries: the pipeline passes them on unchanged. */
export type TransportFailureOptions = ConnectionErrorOptions;

/** What a transport rejects with when the network failed. Carries no request data, so no header can leak through it. */
export class TransportFailure extends Error {
  override name = 'TransportFailure';
  readonly code: string | undefined;
  readonly requestSent: boolean;
  readonly permanent: boolean;

  constructor(message: string, options: TransportFailureOptions = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.requestSent = options.requestSent ?? true;
    this.permanent = options.permanent ?? false;
  }
}
