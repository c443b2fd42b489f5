import { checkProxy, createFetchTransport, type Transport, type TransportOptions } from '@chartmogul-kit/core/internal';

/**
 * Bun's transport: its fetch (Bun's node:http is built on it, so fetch is used directly). Bun reads
 * HTTPS_PROXY/NO_PROXY itself; a `proxy` option goes to its fetch's own `proxy` setting.
 * `fetch` is looked up at each call, so a fetch patched later (msw, tracing) is still used.
 */
export function createBunTransport({ proxy }: TransportOptions): Transport {
  const url = checkProxy(proxy);
  if (typeof url !== 'string') return createFetchTransport((input, init) => globalThis.fetch(input, init));
  return createFetchTransport((input, init) => globalThis.fetch(input, { ...init, proxy: url } as RequestInit));
}
