import { ChartMogulError } from '../errors/chartmogul-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import type { BuiltRequest } from '../request/build-request.js';
import { TransportFailure, type Transport } from '../transport/transport.js';
import { attemptSignal } from './attempt-signal.js';
import { parseResponse } from './parse-response.js';

export interface SendOptions {
  readonly transport: Transport;
  readonly timeout: number;
  readonly signal?: AbortSignal;
}

/** Sends a built request and returns the parsed body; every failure is a `ChartMogulError`. */
export async function sendRequest(request: BuiltRequest, options: SendOptions): Promise<unknown> {
  const label = `${request.method} ${new URL(request.url).pathname}`;
  const attempt = attemptSignal(options.timeout, options.signal, label);
  try {
    const response = await options.transport({ ...request, signal: attempt.signal });
    return parseResponse(response, request.method, request.url);
  } catch (error) {
    if (attempt.signal.aborted && attempt.signal.reason instanceof ChartMogulError) throw attempt.signal.reason;
    if (error instanceof ChartMogulError) throw error;
    const reason = error instanceof TransportFailure ? error.message : 'the request failed';
    throw new ConnectionError(`Could not reach ChartMogul for ${label}: ${reason}`, {
      cause: error instanceof TransportFailure ? error.cause : undefined,
    });
  } finally {
    attempt.dispose();
  }
}
