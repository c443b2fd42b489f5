import type { BuiltRequest } from '../request/build-request.js';

export interface TransportRequest extends BuiltRequest {
  readonly signal: AbortSignal;
}

export interface TransportResponse {
  readonly status: number;
  /** May be a getter: the pipeline reads it only for an error, so a transport can make it lazily. */
  readonly headers: Headers;
  /** The whole body as text; parsing is core's job, so a bad body becomes a typed error. */
  readonly body: string;
}

/**
 * Sends one request, once. Rejects only when no response arrived (or the signal fired);
 * an HTTP error status is a response like any other. Retries are core's policy, not the transport's.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export interface TransportFailureOptions {
  cause?: unknown;
  /** The network layer's error code, when it gave one (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...). */
  code?: string;
  /**
   * `false` only when the failure certainly came before any byte of the request left (connection
   * refused, DNS): the retry policy may then repeat even a write. When unsure, `true`.
   */
  requestSent?: boolean;
}

/** What a transport rejects with when the network failed. Carries no request data, so no header can leak through it. */
export class TransportFailure extends Error {
  override name = 'TransportFailure';
  readonly code: string | undefined;
  readonly requestSent: boolean;

  constructor(message: string, options: TransportFailureOptions = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.requestSent = options.requestSent ?? true;
  }
}
