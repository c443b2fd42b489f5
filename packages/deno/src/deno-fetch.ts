// Deno's fetch (hyper's pooled client) sends a request a second time, by itself, when a reused
// keep-alive connection closes before any answer arrives, POST and PATCH included: a write the
// API already applied would then be applied twice, under the retry policy's nose. Writes that are
// not idempotent therefore go over a client that keeps no idle connections, so each has a
// connection of its own and nothing is repeated behind the SDK's back. Reads keep the pool.

interface DenoHttp {
  createHttpClient(options: { poolMaxIdlePerHost: number }): unknown;
}
declare const Deno: DenoHttp | undefined;

const NOT_IDEMPOTENT = new Set(['POST', 'PATCH']);
let unpooled: unknown;

/** The global fetch, with POST and PATCH sent over a connection that is never reused. */
export const denoFetch: typeof fetch = (input, init) => {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (!NOT_IDEMPOTENT.has(method) || typeof Deno === 'undefined' || !Deno.createHttpClient) {
    return globalThis.fetch(input, init);
  }
  // Made on the first write, not at import: nothing happens when the module loads.
  unpooled ??= Deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  return globalThis.fetch(input, { ...init, client: unpooled } as RequestInit);
};
