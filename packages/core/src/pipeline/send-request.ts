import { ChartMogulError } from '../errors/chartmogul-error.js';
import { ConnectionError, TimeoutError, UserAbortError } from '../errors/connection-error.js';
import type { BuiltRequest } from '../request/build-request.js';
import { TransportFailure, type Transport } from '../transport/transport.js';
import { attemptSignal } from './attempt-signal.js';
import { connectionHint } from './failure-hints.js';
import { type ParsedResponse, parseResponse } from './parse-response.js';

export interface SendOptions {
  readonly transport: Transport;
  /** This attempt's timeout in ms. */
  readonly timeout: number;
  readonly signal?: AbortSignal;
  /** The largest body accepted; see `TransportRequest.maxResponseBytes`. */
  readonly maxResponseBytes?: number;
}

/** Sends a built request once and returns the parsed body; every failure is a `ChartMogulError`. */
export async function sendRequest(request: BuiltRequest, options: SendOptions): Promise<ParsedResponse> {
  const label = `${request.method} ${new URL(request.url).pathname}`;
  if (options.signal?.aborted) throw userAbort(label, options.signal);
  const attempt = attemptSignal(options.timeout, options.signal, {
    timeout: () =>
      new TimeoutError(
        `${label} timed out after ${options.timeout} ms. ${connectionHint(request.method, { kind: 'timeout' })}`,
      ),
    userAbort: () => userAbort(label, options.signal),
  });
  try {
    const response = await options.transport({ ...request, signal: attempt.signal, maxResponseBytes: options.maxResponseBytes });
    return parseResponse(response, request.method, request.url);
  } catch (error) {
    if (attempt.signal.aborted && attempt.signal.reason instanceof ChartMogulError) throw attempt.signal.reason;
    if (error instanceof ChartMogulError) throw error;
    const failure = error instanceof TransportFailure ? error : undefined;
    const requestSent = failure?.requestSent ?? true;
    const permanent = failure?.permanent ?? false;
    const hint = connectionHint(request.method, { kind: 'connection', requestSent, permanent });
    throw new ConnectionError(`Could not reach ChartMogul for ${label}: ${failure?.message ?? 'the request failed'}. ${hint}`, {
      cause: failure?.cause,
      code: failure?.code,
      requestSent,
      permanent,
    });
  } finally {
    attempt.dispose();
  }
}

export function userAbort(label: string, signal: AbortSignal | undefined): UserAbortError {
  return new UserAbortError(`${label} was aborted by the caller.`, { cause: signal?.reason });
}
