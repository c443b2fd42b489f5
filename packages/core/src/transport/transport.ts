import type { BuiltRequest } from '../request/build-request.js';

export interface TransportRequest extends BuiltRequest {
  readonly signal: AbortSignal;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The whole body as text; parsing is core's job, so a bad body becomes a typed error. */
  readonly body: string;
}

/**
 * Sends one request, once. Rejects only when no response arrived (or the signal fired);
 * an HTTP error status is a response like any other. Retries are core's policy, not the transport's.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** What a transport rejects with when the network failed. Carries no request data, so no header can leak through it. */
export class TransportFailure extends Error {
  override name = 'TransportFailure';
}
