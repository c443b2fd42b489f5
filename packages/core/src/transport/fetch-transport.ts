import { ChartMogulError } from '../errors/chartmogul-error.js';
import { toTransportFailure } from './failure-code.js';
import { discard, readBody } from './read-body.js';
import type { Transport } from './transport.js';

/**
 * The default transport: one call of the runtime's `fetch`, with redirects not followed, so the
 * Authorization header can never be carried to another origin. Nothing sits between it and
 * `fetch`: retries, timeouts and parsing are the pipeline's, so a wrapper library would only add
 * start-up time, bundle size and CPU per request (ofetch did: on Node it loaded node-fetch-native
 * and undici at import, some 80 ms and 13 MB on our machines, and 3.5 KiB gzip in a Worker).
 */
export function createFetchTransport(fetchImpl: typeof fetch): Transport {
  return async (request) => {
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: request.signal,
        redirect: 'manual',
      });
      if (response.status < 200) {
        // A 101 Switching Protocols: the server (or a proxy) left HTTP; no answer will come. Node's
        // fetch rejects it by itself, Deno's and workerd's resolve it.
        discard(response.body);
        throw Object.assign(new Error(`the server switched protocols (${response.status})`), { code: 'ERR_UNEXPECTED_UPGRADE' });
      }
      return { status: response.status, headers: response.headers, body: await readBody(response, request) };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (error instanceof ChartMogulError) throw error;
      throw toTransportFailure(error, request.url);
    }
  };
}
