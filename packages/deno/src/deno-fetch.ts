// Deno's fetch (hyper's pooled client) sends a request a second time, by itself, when a reused
// keep-alive connection closes before any answer arrives, POST and PATCH included: a write the
// API already applied would then be applied twice, under the retry policy's nose. Writes that are
// not idempotent therefore go over a client that keeps no idle connections, so each has a
// connection of its own and nothing is repeated behind the SDK's back. Reads keep the pool.

import { ConfigurationError } from '@chartmogul-kit/core';

interface DenoProxy {
  url: string;
  basicAuth?: { username: string; password: string };
}
interface DenoHttp {
  createHttpClient(options: { poolMaxIdlePerHost?: number; proxy?: DenoProxy }): unknown;
}
declare const Deno: DenoHttp | undefined;

const NOT_IDEMPOTENT = new Set(['POST', 'PATCH']);

/**
 * The global fetch, with POST and PATCH sent over a connection that is never reused; with a
 * proxy (the `proxy` option, checked by the caller), every request goes through it, by
 * `Deno.createHttpClient({ proxy })`. Without one Deno follows HTTPS_PROXY/NO_PROXY itself.
 */
export function createDenoFetch(proxy?: string): typeof fetch {
  const clients: { reads?: unknown; writes?: unknown } = {};
  const proxied = proxy === undefined ? {} : { proxy: denoProxy(proxy) };
  // Made at the first request that needs one, not at import: nothing happens when the module loads.
  const client = (kind: 'reads' | 'writes') =>
    (clients[kind] ??= (Deno as DenoHttp).createHttpClient({
      ...(kind === 'writes' ? { poolMaxIdlePerHost: 0 } : {}),
      ...proxied,
    }));
  return (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const write = NOT_IDEMPOTENT.has(method);
    if ((!write && proxy === undefined) || typeof Deno === 'undefined' || !Deno.createHttpClient) {
      return globalThis.fetch(input, init);
    }
    return globalThis.fetch(input, { ...init, client: client(write ? 'writes' : 'reads') } as RequestInit);
  };
}

/** The proxy URL without its credentials, which Deno takes apart (basicAuth). */
function denoProxy(proxy: string): DenoProxy {
  const url = new URL(proxy);
  let basicAuth: DenoProxy['basicAuth'];
  try {
    if (url.username || url.password) {
      basicAuth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    }
  } catch {
    throw new ConfigurationError(`proxy ${url.protocol}//${url.host}: the user or password has a malformed %-escape.`);
  }
  url.username = '';
  url.password = '';
  return { url: url.href, ...(basicAuth ? { basicAuth } : {}) };
}

/** The global fetch, with POST and PATCH sent over a connection that is never reused. */
export const denoFetch: typeof fetch = createDenoFetch();
