/**
 * A transport that sends the client's requests through an ofetch instance, for applications built
 * on ofetch (Nuxt, Nitro) whose `$fetch` carries their interceptors (tracing, auth to a proxy,
 * logging). Import it from `@chartmogul-kit/core/ofetch`; ofetch itself is the application's.
 * @module @chartmogul-kit/core/ofetch
 */
// Through the package's own name, not a relative path: this file is a separate bundle, and a copy
// of the transport code here would bring a second TransportFailure class the pipeline does not know.
import { ChartMogulError, ConfigurationError, type Transport } from '@chartmogul-kit/core';
import { readBody, toTransportFailure } from '@chartmogul-kit/core/internal';

/** The options this transport passes to `$fetch.raw`: ofetch's retry and error handling off, the body as a stream. */
export interface OfetchTransportOptions {
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
  /** Never followed: the Authorization header must not be carried to another origin. */
  redirect: 'manual';
  /** The client retries, by its own rules (Retry-After, writes never repeated blindly). */
  retry: false;
  /** Every status comes back as a response: the client makes the typed error. */
  ignoreResponseError: true;
  /**
   * The body unread: the client reads it counting bytes, and stops at `maxResponseBytes` (as text,
   * ofetch would hold a body of any size in memory first).
   */
  responseType: 'stream';
}

/** What the transport uses of an ofetch instance (`$fetch`, `ofetch`, or one from `ofetch.create()`): its `raw` call. */
export interface OfetchLike {
  raw(request: string, options: OfetchTransportOptions): Promise<{ status: number; headers: Headers; _data?: unknown }>;
}

/**
 * A transport over an ofetch instance: `new ChartMogul({ transport: createOfetchTransport($fetch) })`.
 * The instance's interceptors (`onRequest`, `onResponse`, ...) see every attempt; its own retry,
 * redirect following and error throwing are switched off for these calls, so the client's
 * timeout, retry and redirect rules apply exactly as with `fetch`.
 */
export function createOfetchTransport($fetch: OfetchLike): Transport {
  if (typeof $fetch?.raw !== 'function') {
    throw new ConfigurationError('createOfetchTransport takes an ofetch instance ($fetch, ofetch or ofetch.create(...)).');
  }
  return async (request) => {
    try {
      const response = await $fetch.raw(request.url, {
        method: request.method,
        headers: { ...request.headers },
        body: request.body,
        signal: request.signal,
        redirect: 'manual',
        retry: false,
        ignoreResponseError: true,
        responseType: 'stream',
      });
      // No `_data` when the response has no body (204, HEAD).
      const stream = isStream(response._data) ? response._data : null;
      const body = await readBody({ status: response.status, body: stream }, request);
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (error instanceof ChartMogulError) throw error;
      throw toTransportFailure(error, request.url);
    }
  };
}

function isStream(data: unknown): data is ReadableStream<Uint8Array> {
  return typeof (data as ReadableStream | undefined)?.getReader === 'function';
}
