import type { Transport, TransportResponse } from '@chartmogul-kit/core';
import { createFetchTransport } from '@chartmogul-kit/core/internal';

/**
 * The raw text of error responses, keyed by the `Headers` object the kit's `APIError` keeps:
 * superagent gave chartmogul-node users `error.response.text` byte for byte, and the kit's error
 * holds the parsed body only. A WeakMap: nothing outlives the error.
 */
const rawBodies = new WeakMap<Headers, string>();

export function rawBodyOf(headers: Headers): string | undefined {
  return rawBodies.get(headers);
}

/** Wraps a transport (the runtime's fetch one when none is given) so that error responses remember their text. */
export function keepingRawBodies(inner: Transport | undefined): Transport {
  const send = inner ?? createFetchTransport(fetch);
  return async (request) => {
    const response = await send(request);
    if (response.status >= 200 && response.status < 300) return response;
    return rememberingText(response);
  };
}

/** The headers stay lazy (the Node transport makes them only when read); the text is recorded when they are. */
function rememberingText(response: TransportResponse): TransportResponse {
  let headers: Headers | undefined;
  return {
    status: response.status,
    body: response.body,
    get headers() {
      if (!headers) {
        headers = response.headers;
        rawBodies.set(headers, response.body);
      }
      return headers;
    },
  };
}
