import { createFetch, FetchError } from 'ofetch';
import { TransportFailure, type Transport } from './transport.js';

/**
 * The default transport: ofetch over the runtime's `fetch`, with ofetch's own retry off
 * (it would retry a POST and ignores Retry-After) and redirects not followed, so the
 * Authorization header can never be carried to another origin.
 */
export function createFetchTransport(fetchImpl: typeof fetch): Transport {
  const $fetch = createFetch({ fetch: fetchImpl });
  return async (request) => {
    try {
      const response = await $fetch.raw<string, 'text'>(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: request.signal,
        redirect: 'manual',
        retry: 0,
        responseType: 'text',
        ignoreResponseError: true,
      });
      return { status: response.status, headers: response.headers, body: response._data ?? '' };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      // ofetch's FetchError keeps the request options, headers included: pass on only what went wrong.
      const cause = error instanceof FetchError ? error.cause : error;
      throw new TransportFailure(describeFailure(cause), { cause: stripToMessage(cause) });
    }
  };
}

function describeFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? ` (${String((inner as { code: unknown }).code)})` : '';
  return `${cause.message}${code}`;
}

function stripToMessage(cause: unknown): Error {
  const error = new Error(cause instanceof Error ? cause.message : String(cause));
  const code = cause instanceof Error ? (cause as { cause?: { code?: unknown } }).cause?.code : undefined;
  if (code !== undefined) (error as Error & { code?: unknown }).code = code;
  return error;
}
